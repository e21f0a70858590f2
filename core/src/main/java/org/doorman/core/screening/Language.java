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

    /** Reads an ISO 639-1 code such as {@code de}; unknown codes are {@link #OTHER}. */
    public static Optional<Language> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(
                switch (code.strip().toLowerCase(java.util.Locale.ROOT)) {
                    case "de" -> DE;
                    case "en" -> EN;
                    default -> OTHER;
                });
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
