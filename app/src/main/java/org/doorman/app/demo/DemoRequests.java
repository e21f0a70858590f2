package org.doorman.app.demo;

import java.util.List;

/**
 * The contact requests of the demo network, in German and English, written so that the screening finds every
 * category: known, acquaintance claim, concrete need, common ground, vague pitch, sales pitch and empty. They are sent
 * through the app's real path, so the recipients' strategies screen and decide them.
 */
final class DemoRequests {

    /** A request, by handles; {@code readProfileFirst}: the sender looked at the recipient's profile before. */
    record DemoRequest(String from, String to, boolean readProfileFirst, String message) {}

    private DemoRequests() {}

    static List<DemoRequest> all() {
        return List.of(
                new DemoRequest("jonas", "eva", true, """
                        Hallo Frau Schulz,
                        in Ihrem Profil habe ich gesehen, dass Sie Steuerberatung für Gründer anbieten. Ich gründe \
                        gerade die Lieferfix GmbH und brauche Hilfe bei der Eröffnungsbilanz und den \
                        Umsatzsteuer-Voranmeldungen im ersten Jahr. Hätten Sie nächste Woche 20 Minuten für ein \
                        Telefonat?
                        Viele Grüße, Jonas Weber"""),
                new DemoRequest("priya", "eva", true, """
                        Hi Eva,
                        great to see you again on Tuesday after the Fintech Summit. As promised, here is my \
                        request to connect, so that we can continue our conversation about your founder clients.
                        Best, Priya"""),
                new DemoRequest("olivia", "eva", true, """
                        Hello Eva,
                        we are both alumni of the University of Cologne and members of its alumni network – I \
                        studied economics there as well. I am always glad to connect with fellow alumni.
                        Olivia"""),
                new DemoRequest("markus", "eva", false, """
                        Hallo,
                        ich würde mich gerne mit Ihnen vernetzen. Vielleicht ergeben sich ja Synergien.
                        Beste Grüße"""),
                new DemoRequest("lukas", "eva", false, """
                        Sehr geehrte Damen und Herren,
                        mit unserer CRM-Lösung steigern Kanzleien ihren Umsatz um bis zu 30 %. Darf ich Ihnen in \
                        einer kostenlosen Demo zeigen, wie das geht? Buchen Sie jetzt Ihren Termin – das Angebot \
                        gilt nur noch diese Woche!"""),
                new DemoRequest("sam", "eva", false, ""),
                new DemoRequest("daniel", "eva", false, """
                        Hi Eva, we met at the Fintech Summit last week and talked about bookkeeping for founders. \
                        As discussed, let's stay in touch!"""),
                new DemoRequest("katrin", "tom", true, """
                        Hello Tom,
                        your profile says you are looking for senior engineers. I have two candidates with several \
                        years of experience in energy data and grid planning, both based in Cologne. Shall we have \
                        a short call on Thursday so that I can present them?
                        Best regards, Katrin Müller"""),
                new DemoRequest("olivia", "tom", true, """
                        Hi Tom,
                        great chatting at the Climate Tech Meetup last week about grid planning. You mentioned you \
                        are looking for pilot customers among utilities; I could run a small usability study with \
                        two utilities I work with. Could we talk for half an hour next week?
                        Olivia"""),
                new DemoRequest("daniel", "tom", false, """
                        Dear Tom, are you struggling to generate leads? Our outbound automation platform \
                        guarantees 50 qualified meetings per month. Book your free demo today – limited offer!"""),
                new DemoRequest("markus", "tom", false, """
                        Hi Tom, I'd like to add you to my network. Maybe we can help each other sometime."""),
                new DemoRequest("sam", "tom", false, ""),
                new DemoRequest("jonas", "priya", true, """
                        Hi Priya,
                        I am the founder of Lieferfix, route planning software for small delivery services. We \
                        are raising a pre-seed round of 500k euros and your focus on seed-stage start-ups fits. \
                        Could I send you our deck and have 30 minutes of your time next week?
                        Best regards, Jonas Weber"""),
                new DemoRequest("jonas", "sabine", true, """
                        Hallo Frau Wagner,
                        Sie suchen Referentinnen und Referenten für die Alumni-Abende. Ich habe in Köln studiert \
                        und würde gern erzählen, wie man direkt nach dem Studium ein Logistik-Start-up gründet. \
                        Passt das in Ihre Planung für den Herbst?
                        Viele Grüße, Jonas Weber"""),
                new DemoRequest("lukas", "jonas", false, """
                        Hallo Herr Weber, wir kennen uns vom Stammtisch. Ich wollte Ihnen unbedingt unsere \
                        CRM-Software vorstellen – jetzt mit 20 % Rabatt für Start-ups!"""));
    }
}
