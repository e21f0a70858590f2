package org.doorman.batch.linkedin;

/** The owner of an export as {@code Profile.csv} shows them. */
public record ExportProfile(String firstName, String lastName, String headline, String summary, String industry) {
    public ExportProfile {
        firstName = Text.orEmpty(firstName);
        lastName = Text.orEmpty(lastName);
        headline = Text.orEmpty(headline);
        summary = Text.orEmpty(summary);
        industry = Text.orEmpty(industry);
    }

    public String name() {
        return (firstName + " " + lastName).strip();
    }
}
