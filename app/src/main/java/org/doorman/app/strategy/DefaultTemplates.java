package org.doorman.app.strategy;

import org.doorman.core.lifecycle.Purpose;
import org.doorman.core.screening.Language;

/** Doorman's wording when the member has not written their own: polite, short, in the member's name. */
final class DefaultTemplates {

    private DefaultTemplates() {}

    static String of(Purpose purpose, Language language) {
        return language == Language.DE ? german(purpose) : english(purpose);
    }

    private static String german(Purpose purpose) {
        return switch (purpose) {
            case CLARIFY_VAGUE_PITCH -> """
                    Guten Tag {requester},

                    vielen Dank für Ihre Kontaktanfrage. Sie sprechen von Vorteilen für beide Seiten: \
                    Worin genau liegen diese Vorteile für Sie und für mich?

                    Beste Grüße
                    {member}""";
            case CLARIFY_EMPTY -> """
                    Guten Tag {requester},

                    vielen Dank für Ihre Kontaktanfrage. Was ist der Anlass Ihrer Anfrage?

                    Beste Grüße
                    {member}""";
            case CLARIFY_COMMON_GROUND -> """
                    Guten Tag {requester},

                    schön, von Ihnen zu hören, wir haben ja einiges gemeinsam. Was haben Sie im Sinn? \
                    Erzählen Sie mir gern, wobei wir uns gegenseitig weiterhelfen könnten.

                    Herzliche Grüße
                    {member}""";
            case INVITE_TO_EVENT -> """
                    Guten Tag {requester},

                    vielen Dank für Ihre Kontaktanfrage. Ich bestätige Kontakte erst, wenn wir uns mindestens \
                    {times} persönlich getroffen haben. {event}

                    Beste Grüße
                    {member}""";
            case FOLLOW_UP_TASK -> "Bei {requester} melden: anrufen, Fragen beantworten, um die Kontaktdaten bitten";
        };
    }

    private static String english(Purpose purpose) {
        return switch (purpose) {
            case CLARIFY_VAGUE_PITCH -> """
                    Hello {requester},

                    thank you for your contact request. You mention benefits for both sides: \
                    what exactly are the benefits for both sides, for you and for me?

                    Best regards
                    {member}""";
            case CLARIFY_EMPTY -> """
                    Hello {requester},

                    thank you for your contact request. What is the reason for your request?

                    Best regards
                    {member}""";
            case CLARIFY_COMMON_GROUND -> """
                    Hello {requester},

                    good to hear from you, it seems we have a few things in common. What do you have in mind? \
                    Tell me how we might help each other.

                    Kind regards
                    {member}""";
            case INVITE_TO_EVENT -> """
                    Hello {requester},

                    thank you for your contact request. I accept contact requests only after we have met in person \
                    at least {times}. {event}

                    Best regards
                    {member}""";
            case FOLLOW_UP_TASK ->
                "Get in touch with {requester}: call, answer their questions, ask for their contact details";
        };
    }
}
