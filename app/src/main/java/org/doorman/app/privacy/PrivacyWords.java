package org.doorman.app.privacy;

/** The privacy page's words in the member's language (German or English). */
record PrivacyWords(
        String lang,
        String title,
        String exportTitle,
        String exportText,
        String exportLink,
        String eraseTitle,
        String eraseText,
        String password,
        String eraseButton,
        String wrongPassword,
        String back) {

    static final PrivacyWords EN = new PrivacyWords(
            "en",
            "Your data",
            "Export",
            "A ZIP of JSON files with your profile, strategy, templates, requests, contacts, meetings, tasks and audit"
                    + " trail, and a README that describes them.",
            "Download my data",
            "Erase my account",
            "This cannot be undone. Your profile, tokens, strategy, templates, tasks, contacts and the requests you"
                    + " received are deleted; in requests you sent, you appear as \"a former member\" and the texts"
                    + " are erased; your open requests end without a word.",
            "Your password",
            "Erase my account now",
            "The password is not right; nothing was erased.",
            "Back");

    static final PrivacyWords DE = new PrivacyWords(
            "de",
            "Ihre Daten",
            "Export",
            "Ein ZIP mit JSON-Dateien: Ihr Profil, Ihre Strategie, Vorlagen, Anfragen, Kontakte, Treffen, Aufgaben und"
                    + " das Protokoll, dazu eine README, die sie beschreibt.",
            "Meine Daten herunterladen",
            "Mein Konto löschen",
            "Das lässt sich nicht rückgängig machen. Ihr Profil, Ihre Tokens, Strategie, Vorlagen, Aufgaben, Kontakte"
                    + " und die Anfragen an Sie werden gelöscht; in Anfragen, die Sie gesendet haben, stehen Sie als"
                    + " \"ein ehemaliges Mitglied\", und die Texte sind gelöscht; Ihre offenen Anfragen enden"
                    + " stillschweigend.",
            "Ihr Passwort",
            "Mein Konto jetzt löschen",
            "Das Passwort stimmt nicht; es wurde nichts gelöscht.",
            "Zurück");

    static PrivacyWords of(String language) {
        return "de".equals(language) ? DE : EN;
    }
}
