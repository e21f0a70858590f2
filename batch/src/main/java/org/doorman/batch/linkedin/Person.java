package org.doorman.batch.linkedin;

import java.util.Locale;

/** Someone in an export, known by a name and, mostly, the URL of their LinkedIn profile. */
public record Person(String name, String profileUrl) {
    public Person {
        name = Text.orEmpty(name).strip();
        profileUrl = Text.orEmpty(profileUrl).strip();
    }

    /** The profile URL without scheme, host variant or trailing slash, else the name in lower case. */
    public String key() {
        if (!profileUrl.isEmpty()) {
            String url = profileUrl.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "");
            url = url.replaceFirst("^[a-z]{2,3}\\.linkedin\\.com", "linkedin.com");
            url = url.replaceFirst("^www\\.", "");
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
        return "name:" + name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    boolean same(Person other) {
        if (!profileUrl.isEmpty() && !other.profileUrl.isEmpty()) {
            return key().equals(other.key());
        }
        return !name.isEmpty() && name.equalsIgnoreCase(other.name);
    }
}
