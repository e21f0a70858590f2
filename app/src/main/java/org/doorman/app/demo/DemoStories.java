package org.doorman.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.doorman.app.contacts.Contacts;
import org.doorman.app.ids.Ids;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.members.NewMember;
import org.doorman.app.members.Profile;
import org.doorman.app.requests.RequestDesk;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Weeks of history for the demo's first login: more requesters, requests over the last two months in every state (a
 * dialog, silence after a question, the member's own decisions, a likely collector), follow-up tasks, and dormant
 * contacts, one of them silent after being asked about their motive. Requests go through the real desk; only their
 * dates are moved into the past, as seed rows.
 */
@Component
class DemoStories {

    private final MemberRegistration registration;
    private final RequestDesk desk;
    private final Contacts contacts;
    private final JdbcClient jdbc;

    DemoStories(MemberRegistration registration, RequestDesk desk, Contacts contacts, JdbcClient jdbc) {
        this.registration = registration;
        this.desk = desk;
        this.contacts = contacts;
        this.jdbc = jdbc;
    }

    private record Person(String handle, String name, String language, String headline) {}

    private static final List<Person> PEOPLE = List.of(
            new Person("anna", "Anna Fischer", "de", "Gründerin, Bio-Catering"),
            new Person("felix", "Felix Braun", "de", "Business Developer"),
            new Person("nina", "Nina Wolf", "de", "Key Account Managerin, Software"),
            new Person("paul", "Paul Richter", "de", "Gründer, Fahrradlogistik"),
            new Person("lena", "Lena Koch", "de", null),
            new Person("max", "Max Neumann", "de", "Networking-Profi"),
            new Person("julia", "Julia Schmitt", "de", "Controllerin"),
            new Person("ben", "Ben Hartmann", "en", "Founder, HR software"),
            new Person("sophie", "Sophie Lang", "de", "Beraterin"),
            new Person("david", "David Kim", "en", "Consultant"),
            new Person("clara", "Clara Vogel", "de", "Marketing"),
            new Person("tim", "Tim Schäfer", "de", "Vertrieb"));

    void tell(Map<String, String> ids, Instant now) {
        for (var person : PEOPLE) {
            ids.put(person.handle(), registration.register(member(person)).id());
        }
        String eva = ids.get("eva");

        // the dialog: Markus answers Eva's clarifying question
        openRequest(ids.get("markus"), eva).ifPresent(id -> desk.write(id, new MemberId(ids.get("markus")), """
                Danke für die Nachfrage! Ich baue gerade ein Netzwerk für Steuerthemen im Rheinland auf und suche \
                Expertinnen, die einmal im Quartal einen kurzen Impulsvortrag halten."""));

        send(ids.get("anna"), eva, 8, """
                Hallo Frau Schulz,
                Sie bieten Steuerberatung für Gründer an. Ich gründe im März eine UG für Bio-Catering und brauche \
                Hilfe bei der Buchhaltung und den ersten Steuererklärungen. Hätten Sie am Dienstag Zeit für ein \
                kurzes Gespräch?
                Viele Grüße, Anna Fischer""");
        String felix = send(ids.get("felix"), eva, 20, """
                Hallo Eva, ich finde Ihr Profil spannend. Lassen Sie uns vernetzen, bestimmt ergeben sich Synergien \
                und eine Win-win-Situation.""");
        silence(felix, now);
        send(ids.get("nina"), eva, 27, """
                Sehr geehrte Frau Schulz, unsere Software automatisiert Ihre Kanzlei. Jetzt 3 Monate kostenlos \
                testen – buchen Sie eine Demo!""");
        String paul = send(ids.get("paul"), eva, 35, "Hallo Eva, gern würde ich mich mit Ihnen austauschen.");
        desk.write(new RequestId(paul), new MemberId(ids.get("paul")), """
                Konkret: Wir stellen gerade die erste Mitarbeiterin ein und ich verstehe die Lohnabrechnung nicht. \
                Könnten Sie mir eine Kollegin empfehlen oder selbst helfen?""");
        desk.overrule(new RequestId(paul), new MemberId(eva), "accept");
        String lena = send(ids.get("lena"), eva, 45, "");
        silence(lena, now);
        // Max never answers the questions he is asked: by his request to Eva he looks like a contact collector
        for (String other : List.of("katrin", "jonas", "priya", "olivia", "tom", "anna")) {
            silence(
                    send(ids.get("max"), ids.get(other), 21, "Hallo, ich erweitere mein Netzwerk. Lass uns connecten!"),
                    now);
        }
        send(ids.get("max"), eva, 5, "Hallo, ich erweitere mein Netzwerk. Lass uns connecten!");
        send(ids.get("julia"), eva, 15, """
                Hallo Eva, wir sind beide bei Women in Finance – ich habe Sie beim letzten Treffen reden hören. \
                Ich würde mich freuen, wenn wir uns vernetzen.""");
        String ben = send(ids.get("ben"), eva, 52, """
                Hi Eva,
                your profile says you offer Steuerberatung für Gründer. We are a UK start-up opening a GmbH in \
                Cologne and need help with the registration for VAT and payroll. Could we talk on Thursday for \
                30 minutes?
                Best, Ben""");
        jdbc.sql("UPDATE follow_up_tasks SET done_at = ? WHERE request_id = ?")
                .params(now.minus(Duration.ofDays(48)).toEpochMilli(), ben)
                .update();
        String sophie = send(ids.get("sophie"), eva, 60, """
                Hallo Eva, wir kennen uns doch vom Sommerfest! Lass uns auch hier in Kontakt bleiben.""");
        desk.overrule(new RequestId(sophie), new MemberId(eva), "decline");
        send(ids.get("david"), eva, 3, """
                Hello Eva, I'd love to connect and explore how we can create value together.""");
        send(ids.get("clara"), eva, 12, """
                Hallo Frau Schulz, ich habe gesehen, dass Sie Fördermittel-Beratung anbieten. Wir planen eine \
                Digitalisierungsförderung für unsere Agentur (ca. 40.000 Euro) – können Sie uns dabei begleiten?""");
        send(ids.get("tim"), ids.get("tom"), 9, """
                Hi Tom, we sell energy dashboards to utilities. Buy now and get 20% off – book a demo!""");

        // dormant contacts of Eva: one asked about the motive and silent past the deadline, one who answered
        contacts.confirm(new MemberId(eva), new MemberId(ids.get("felix")), null, now.minus(Duration.ofDays(500)));
        contacts.confirm(new MemberId(eva), new MemberId(ids.get("tim")), null, now.minus(Duration.ofDays(320)));
        contacts.confirm(new MemberId(eva), new MemberId(ids.get("clara")), null, now.minus(Duration.ofDays(150)));
        motive(
                eva,
                ids.get("felix"),
                "Hallo Felix Braun, wir sind seit über einem Jahr vernetzt. Was hatten Sie"
                        + " damals im Sinn, als Sie sich mit mir vernetzt haben? Viele Grüße, Eva Schulz",
                now,
                30,
                null);
        motive(
                eva,
                ids.get("katrin"),
                "Hallo Katrin Müller, was hatten Sie damals im Sinn, als Sie sich mit mir"
                        + " vernetzt haben? Viele Grüße, Eva Schulz",
                now,
                25,
                "Ich vermittle Buchhalterinnen an Kanzleien und dachte, das könnte Sie interessieren. Gern einmal"
                        + " auf einen Kaffee beim Stammtisch!");
    }

    private java.util.Optional<RequestId> openRequest(String senderId, String recipientId) {
        return jdbc.sql("""
                        SELECT id FROM contact_requests WHERE sender_id = ? AND recipient_id = ?
                        AND state NOT IN ('accepted', 'declined')""")
                .params(senderId, recipientId)
                .query(String.class)
                .optional()
                .map(RequestId::new);
    }

    /** Sends through the desk, then moves the request and all it caused {@code daysAgo} into the past. */
    private String send(String from, String to, int daysAgo, String message) {
        String id = desk.send(new MemberId(from), new MemberId(to), message).id();
        long shift = Duration.ofDays(daysAgo).toMillis();
        jdbc.sql("""
                        UPDATE contact_requests SET sent_at = sent_at - ?, deadline_at = deadline_at - ?,
                        asked_at = asked_at - ?, decided_at = decided_at - ? WHERE id = ?""").params(shift, shift, shift, shift, id).update();
        jdbc.sql("UPDATE request_messages SET sent_at = sent_at - ? WHERE request_id = ?")
                .params(shift, id)
                .update();
        jdbc.sql("UPDATE audit_trail SET at = at - ? WHERE request_id = ?")
                .params(shift, id)
                .update();
        jdbc.sql("UPDATE contacts SET since = since - ? WHERE request_id = ?")
                .params(shift, id)
                .update();
        jdbc.sql(
                        "UPDATE follow_up_tasks SET due_at = due_at - ?, remind_at = remind_at - ?, created_at = created_at - ?"
                                + " WHERE request_id = ?")
                .params(shift, shift, shift, id)
                .update();
        return id;
    }

    /** The clarifying question went unanswered: declined silently at its deadline, as the scheduler does it. */
    private void silence(String requestId, Instant now) {
        jdbc.sql("""
                        UPDATE contact_requests SET state = 'declined', decided_by = 'system:deadline',
                        decided_at = deadline_at, unanswered_at = deadline_at, deadline_at = NULL
                        WHERE id = ? AND state = 'awaiting_reply' AND deadline_at < ?""").params(requestId, now.toEpochMilli()).update();
        jdbc.sql("""
                        INSERT INTO audit_trail (id, member_id, request_id, at, actor, step, detail)
                        SELECT ?, recipient_id, id, decided_at, 'system:deadline', 'declined silently',
                               'no answer to the clarifying question by the deadline'
                        FROM contact_requests WHERE id = ? AND decided_by = 'system:deadline'""").params(Ids.next("aud"), requestId).update();
    }

    private void motive(String memberId, String contactId, String body, Instant now, int daysAgo, String answer) {
        Instant asked = now.minus(Duration.ofDays(daysAgo));
        jdbc.sql("""
                        INSERT INTO motive_questions (id, member_id, contact_id, body, asked_at, deadline_at, answer,
                                                      answered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        Ids.next("mq"),
                        memberId,
                        contactId,
                        body,
                        asked.toEpochMilli(),
                        asked.plus(Duration.ofDays(14)).toEpochMilli(),
                        answer,
                        answer == null ? null : asked.plus(Duration.ofDays(2)).toEpochMilli())
                .update();
    }

    private static NewMember member(Person person) {
        // the lists stay empty; e-mail and password as every demo member's
        var profile = new Profile(
                person.name(), person.language(), person.headline(), null, null, null, null, null, null, null);
        return DemoPeople.member(person.handle(), profile);
    }
}
