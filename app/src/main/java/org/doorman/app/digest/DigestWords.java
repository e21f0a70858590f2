package org.doorman.app.digest;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The digest's words in the member's language, German or English. */
record DigestWords(
        String language,
        String subjectOne,
        String subjectMany,
        String greeting,
        String intro,
        String review,
        String answered,
        String tasks,
        String accepted,
        String declined,
        String due,
        String openInbox,
        String openTasks,
        String why,
        String unsubscribe,
        DateTimeFormatter date) {

    static final DigestWords EN = new DigestWords(
            "en",
            "Doorman: 1 thing waits for you",
            "Doorman: %d things wait for you",
            "Hello %s,",
            "this is what waits for you in Doorman.",
            "Requests for your review",
            "Dialogs where the requester answered",
            "Follow-up tasks due",
            "Requests accepted for you",
            "%d requests were declined silently.",
            "due %s",
            "Open your inbox",
            "Open your tasks",
            "You receive this digest because you have an account at Doorman. Change when it comes on your profile"
                    + " page.",
            "Turn the digest off",
            DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH));

    static final DigestWords DE = new DigestWords(
            "de",
            "Doorman: 1 Sache wartet auf Sie",
            "Doorman: %d Sachen warten auf Sie",
            "Hallo %s,",
            "das wartet in Doorman auf Sie.",
            "Anfragen, die Sie ansehen sollten",
            "Gespräche, in denen geantwortet wurde",
            "Fällige Nachfass-Aufgaben",
            "Für Sie angenommene Anfragen",
            "%d Anfragen wurden stillschweigend abgelehnt.",
            "fällig %s",
            "Zum Posteingang",
            "Zu den Aufgaben",
            "Sie erhalten diese Zusammenfassung, weil Sie ein Konto bei Doorman haben. Wann sie kommt, stellen Sie auf"
                    + " Ihrer Profilseite ein.",
            "Zusammenfassung abbestellen",
            DateTimeFormatter.ofPattern("EEE d. MMM, HH:mm", Locale.GERMAN));

    static DigestWords of(String language) {
        return "de".equals(language) ? DE : EN;
    }

    String subject(int items) {
        return items == 1 ? subjectOne : subjectMany.formatted(items);
    }
}
