package org.doorman.bench.load;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Hand-written contact request texts in German and English, several for every category of the screening (known,
 * acquaintance claim, concrete need, common ground, vague pitch, sales pitch, empty), with the names filled in.
 */
final class Messages {

    private static final List<String> TEMPLATES = List.of(
            // known
            "Hallo %s, schön, dass wir uns gestern beim Projekt-Kickoff bei der Stadtwerke AG gesehen haben. Lass uns in Kontakt bleiben! Viele Grüße, %s",
            "Hi %s, great working with you on the migration project last year at Nordlicht. Let's stay connected. Best, %s",
            // acquaintance claim
            "Hallo %s, wir kennen uns doch von der Konferenz in Berlin, oder? Ich würde mich freuen, wenn wir uns vernetzen. %s",
            "Hi %s, I think we met at a conference some time ago. Would love to connect! %s",
            // concrete need
            "Guten Tag %s, ich suche für unser Team in Hamburg jemanden mit Erfahrung in PostgreSQL-Replikation. Hätten Sie nächste Woche 20 Minuten für ein kurzes Gespräch über die Anforderungen? Beste Grüße, %s",
            "Hello %s, I am hiring a senior Java engineer for our payments team in Munich and your work on Spring Boot fits well. Could we talk for 15 minutes on Thursday about the role? Regards, %s",
            // common ground
            "Hallo %s, ich habe Ihren Vortrag über Datenschutz in Netzwerken gelesen und wir sind beide in der Gruppe Softwarearchitektur. Ich arbeite gerade am gleichen Thema und würde mich gern austauschen. %s",
            "Hi %s, we are both in the Data Engineering Berlin group and I enjoyed your post on streaming pipelines. I work on similar problems at my company. Happy to exchange notes. %s",
            // vague pitch
            "Hallo %s, ich bin immer offen für neue Kontakte und spannende Möglichkeiten. Lass uns connecten! %s",
            "Hi %s, I'd like to add you to my professional network. Looking forward to synergies. %s",
            // sales pitch
            "Hallo %s, mit unserer Lösung steigern Sie Ihren Umsatz um 300%%! Jetzt kostenlose Demo buchen und 20%% Rabatt sichern. Beste Grüße, %s",
            "Dear %s, our AI-powered lead generation platform will 10x your sales pipeline. Book a free demo today and get 50%% off your first month! %s",
            // empty
            "",
            " ");

    private Messages() {}

    static int count() {
        return TEMPLATES.size();
    }

    static String pick(RandomGenerator random, String recipientName, String senderName) {
        var template = TEMPLATES.get(random.nextInt(TEMPLATES.size()));
        return template.isBlank() ? template : template.formatted(recipientName, senderName);
    }
}
