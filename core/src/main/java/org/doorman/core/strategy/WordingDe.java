package org.doorman.core.strategy;

import static java.util.Map.entry;

import java.util.Map;
import org.doorman.core.screening.Category;
import org.doorman.core.screening.SignalName;

final class WordingDe {

    static final Wording WORDING = new Wording(
            "So gehe ich mit Kontaktanfragen um:",
            "jede Anfrage",
            "alle anderen Anfragen",
            "und",
            "Ich lese Anfragen auf Deutsch und Englisch; über Anfragen in anderen Sprachen entscheide ich selbst.",
            Map.of(
                    Category.KNOWN, "Anfragen von Menschen, die ich schon kenne",
                    Category.ACQUAINTANCE_CLAIM,
                            "Anfragen, die sich auf ein Treffen oder Gespräch berufen, von dem ich nichts weiß",
                    Category.CONCRETE_NEED,
                            "Anfragen, die sich auf mein Angebot beziehen und einen konkreten Bedarf nennen",
                    Category.COMMON_GROUND,
                            "Anfragen, die eine gemeinsame Gruppe, Hochschule, Firma oder ein gemeinsames Thema nennen",
                    Category.VAGUE_PITCH, "Anfragen, die nur allgemein von Vorteilen für beide Seiten sprechen",
                    Category.SALES_PITCH, "Anfragen, die mir etwas verkaufen oder über mich andere erreichen wollen",
                    Category.EMPTY, "Anfragen ohne persönliche Nachricht"),
            Map.ofEntries(
                    entry(SignalName.NO_TEXT, "ohne jeden Text"),
                    entry(SignalName.DEFAULT_TEXT, "nur mit dem Standardsatz der Plattform"),
                    entry(SignalName.SALUTATION, "mit einer Anrede"),
                    entry(SignalName.NO_SALUTATION, "ohne Anrede"),
                    entry(SignalName.REFERENCES_PROFILE, "mit Bezug auf mein Profil"),
                    entry(SignalName.REFERENCES_OFFER, "mit Bezug auf eines meiner Angebote"),
                    entry(SignalName.SENDER_TRADE, "die ihr eigenes Angebot nennen"),
                    entry(SignalName.MATCHES_MEMBER_SEEKS, "die bieten, was ich suche"),
                    entry(SignalName.OFFERS_TO_MEMBER, "die mir etwas Eigenes anbieten"),
                    entry(
                            SignalName.ASKS_FOR_MEMBER_OFFER,
                            "die nach meinem Angebot, einem Preis oder freien Terminen fragen"),
                    entry(SignalName.DIRECTION_NEED, "die nach meinem Angebot fragen oder bieten, was ich suche"),
                    entry(SignalName.DIRECTION_SALE, "die mir etwas verkaufen, das ich weder anbiete noch suche"),
                    entry(SignalName.STATES_NEED, "mit einem genannten Bedarf"),
                    entry(SignalName.ASKS_QUESTION, "mit einer Frage an mich"),
                    entry(SignalName.CONCRETE_DETAILS, "mit konkreten Angaben wie Terminen oder Zahlen"),
                    entry(SignalName.VAGUE_BENEFIT, "mit Win-win- oder Synergie-Floskeln"),
                    entry(SignalName.SALES_OFFER, "mit einem Verkaufsangebot"),
                    entry(SignalName.PRIVATE_INTEREST_HOOK, "mit Bezug auf meine privaten Interessen"),
                    entry(SignalName.INFLUENTIAL_REACH, "die über mich andere Menschen erreichen wollen"),
                    entry(SignalName.ACQUAINTANCE_CLAIM, "die sagen, wir hätten uns getroffen oder gesprochen"),
                    entry(
                            SignalName.GENERIC_CONTACT,
                            "die nur vermuten, dass wir uns kennen, oder gemeinsame Kontakte nennen"),
                    entry(SignalName.SHARED_GROUP, "mit Bezug auf eine gemeinsame Gruppe"),
                    entry(SignalName.SHARED_SCHOOL, "mit Bezug auf eine gemeinsame Schule oder Hochschule"),
                    entry(SignalName.SHARED_EMPLOYER, "mit Bezug auf einen gemeinsamen Arbeitgeber"),
                    entry(SignalName.SHARED_TOPIC, "mit Bezug auf ein gemeinsames Fachthema"),
                    entry(SignalName.MET_IN_PERSON, "von Menschen, die ich persönlich getroffen habe"),
                    entry(SignalName.PRIOR_CONVERSATION, "von Menschen, mit denen ich schon geschrieben habe"),
                    entry(SignalName.IN_ADDRESS_BOOK, "von Menschen in meinem Adressbuch"),
                    entry(SignalName.SAME_COMPANY, "von Kolleginnen und Kollegen aus meiner Firma"),
                    entry(SignalName.MUTUAL_CONTACTS, "von Menschen mit gemeinsamen Kontakten"),
                    entry(SignalName.VISITED_PROFILE, "von Menschen, die vorher mein Profil gelesen haben"),
                    entry(
                            SignalName.LIKELY_COLLECTOR,
                            "von Absendern, die sehr viele oder gleichlautende Anfragen schicken oder Rückfragen"
                                    + " nicht beantworten"),
                    entry(SignalName.LANGUAGE, "in einer Sprache, die ich lese"),
                    entry(SignalName.LANGUAGE_NOT_SUPPORTED, "in einer anderen Sprache als Deutsch oder Englisch"),
                    entry(SignalName.TEXT_TRUNCATED, "mit sehr langen Nachrichten")),
            "nicht %s",
            "Anfragen, die ebenso erwünscht wie unerwünscht sein könnten",
            Map.of(
                    Action.ACCEPT, "Ich bestätige sie.",
                    Action.ACCEPT_AND_FOLLOW_UP, "Ich bestätige sie und melde mich kurzfristig.",
                    Action.ASK, "Ich frage zuerst nach, worum es genau geht, und entscheide nach Ihrer Antwort.",
                    Action.INVITE_TO_EVENT,
                            "Ich bestätige Kontaktanfragen, nachdem wir uns %d-mal persönlich getroffen haben; ich lade"
                                    + " Sie zum nächsten offiziellen Treffen des Netzwerks ein.",
                    Action.DECLINE, "Ich bestätige sie nicht.",
                    Action.REVIEW, "Ich entscheide selbst."));

    private WordingDe() {}
}
