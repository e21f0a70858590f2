package org.doorman.core.screening;

import java.util.Optional;

/** The language of a request. German and English are supported; everything else is {@link #OTHER}. */
public enum Language {
    DE,
    EN,
    OTHER;

    public boolean supported() {
        return this != OTHER;
    }

    /** Reads an ISO 639-1 code such as {@code de} or a tag such as {@code en-GB}; unknown codes are {@link #OTHER}. */
    public static Optional<Language> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        var tag = code.strip().toLowerCase(java.util.Locale.ROOT);
        int subtag = tag.indexOf('-') >= 0 ? tag.indexOf('-') : tag.indexOf('_');
        return Optional.of(
                switch (subtag > 0 ? tag.substring(0, subtag) : tag) {
                    case "de" -> DE;
                    case "en" -> EN;
                    default -> OTHER;
                });
    }

    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    public String code() {
        return code;
    }
}
