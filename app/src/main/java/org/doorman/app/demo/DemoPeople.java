package org.doorman.app.demo;

import java.util.List;
import org.doorman.app.members.NewMember;
import org.doorman.app.members.Profile;

/** The members of the demo network, German and English, with full profiles; every one signs in with the password. */
final class DemoPeople {

    static final String PASSWORD = "doorman-demo";
    static final String GERMAN_LOGIN = "eva";
    static final String ENGLISH_LOGIN = "tom";

    static final List<String> GROUPS =
            List.of("Gründerstammtisch Köln", "Alumni Universität zu Köln", "Climate Tech Network", "Women in Finance");

    private DemoPeople() {}

    static List<NewMember> all() {
        return List.of(
                member(
                        "eva",
                        new Profile(
                                "Eva Schulz",
                                "de",
                                "Steuerberaterin für Gründerinnen und Gründer",
                                "Ich begleite Start-ups von der Gründung bis zur ersten Finanzierungsrunde. Wer mir schreibt,"
                                        + " sagt bitte kurz, worum es geht: Ich nehme Anfragen an, bei denen ich helfen kann.",
                                List.of("Steuerberatung für Gründer", "Buchhaltung", "Fördermittel"),
                                List.of("Mandanten aus der Start-up-Szene", "Kontakte zu Business Angels"),
                                List.of("Fintech", "Nachhaltigkeit", "Rudern"),
                                List.of("Gründerstammtisch Köln", "Alumni Universität zu Köln", "Women in Finance"),
                                "Schulz Steuerberatung",
                                null)),
                member(
                        "tom",
                        new Profile(
                                "Tom Becker",
                                "en",
                                "Product manager for climate tech",
                                "I build software that helps utilities plan grid capacity. Happy to talk product discovery"
                                        + " and energy data; please tell me what you have in mind when you write.",
                                List.of("Product discovery coaching", "Energy data expertise"),
                                List.of("Pilot customers among utilities", "Senior engineers"),
                                List.of("Climate tech", "Cycling", "Open data"),
                                List.of("Climate Tech Network", "Alumni Universität zu Köln"),
                                "GridWise",
                                null)),
                member(
                        "jonas",
                        new Profile(
                                "Jonas Weber",
                                "de",
                                "Gründer von Lieferfix – Software für die letzte Meile",
                                "Wir digitalisieren die Tourenplanung kleiner Lieferdienste. Gerade gründen wir die GmbH.",
                                List.of("Tourenplanung", "Logistik-Know-how"),
                                List.of("Steuerberatung", "Investoren"),
                                List.of("Logistik", "Start-ups"),
                                List.of("Gründerstammtisch Köln"),
                                "Lieferfix",
                                null)),
                member(
                        "sabine",
                        new Profile(
                                "Sabine Wagner",
                                "de",
                                "Vorstand des Alumni-Vereins der Universität zu Köln",
                                "Ich verbinde Ehemalige mit Studierenden und organisiere das Alumni-Sommerfest.",
                                List.of("Kontakte ins Alumni-Netzwerk", "Mentoring"),
                                List.of("Referentinnen für Alumni-Abende"),
                                List.of("Hochschulpolitik", "Rudern"),
                                List.of("Alumni Universität zu Köln"),
                                "Universität zu Köln",
                                null)),
                member(
                        "katrin",
                        new Profile(
                                "Katrin Müller",
                                "de",
                                "Personalberaterin für IT-Fachkräfte",
                                "Ich besetze Entwicklerstellen in Köln und Düsseldorf.",
                                List.of("Recruiting", "Gehaltsbenchmarks"),
                                List.of("Start-ups mit Einstellungsbedarf"),
                                List.of("Arbeitsmarkt", "Tech"),
                                List.of("Gründerstammtisch Köln"),
                                "Müller Personal",
                                null)),
                member(
                        "lukas",
                        new Profile(
                                "Lukas Hoffmann",
                                "de",
                                "Vertrieb – CRM-Software für den Mittelstand",
                                "Ich zeige Unternehmen, wie sie mit unserer Lösung mehr Umsatz machen.",
                                List.of("CRM-Software"),
                                List.of("Neukunden"),
                                List.of("Vertrieb"),
                                List.of(),
                                "SalesBoost GmbH",
                                null)),
                member(
                        "markus",
                        new Profile(
                                "Markus Klein",
                                "de",
                                "Netzwerker",
                                null,
                                List.of(),
                                List.of("Kontakte"),
                                List.of(),
                                List.of(),
                                null,
                                null)),
                member(
                        "priya",
                        new Profile(
                                "Priya Shah",
                                "en",
                                "Angel investor, seed-stage fintech",
                                "I invest in fintech and climate start-ups at seed stage and sit on two advisory boards.",
                                List.of("Seed funding", "Board experience"),
                                List.of("Fintech founders", "Co-investors"),
                                List.of("Fintech", "Climate tech"),
                                List.of("Women in Finance", "Climate Tech Network"),
                                "Shah Ventures",
                                null)),
                member(
                        "olivia",
                        new Profile(
                                "Olivia Chen",
                                "en",
                                "UX researcher",
                                "I run usability studies for B2B software; I rowed for my university.",
                                List.of("Usability studies"),
                                List.of("Research participants from utilities"),
                                List.of("Rowing", "Climate tech"),
                                List.of("Climate Tech Network", "Alumni Universität zu Köln"),
                                "Freelance",
                                null)),
                member(
                        "daniel",
                        new Profile(
                                "Daniel Brooks",
                                "en",
                                "Growth consultant",
                                "I help companies 10x their pipeline with outbound automation.",
                                List.of("Lead generation services"),
                                List.of("New clients"),
                                List.of("Growth hacking"),
                                List.of(),
                                "Brooks Growth",
                                null)),
                member("sam", Profile.of("Sam Taylor", "en")));
    }

    /** Every demo member has an e-mail address at the demo domain and signs in with the one password. */
    static NewMember member(String handle, Profile profile) {
        return new NewMember(handle, profile.withEmail(handle + "@demo.doorman.example"), PASSWORD);
    }
}
