package org.doorman.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorman.app.contacts.Contacts;
import org.doorman.app.contacts.DormantContacts;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.members.NewMember;
import org.doorman.app.members.Profile;
import org.doorman.app.requests.DeadlineScheduler;
import org.doorman.app.requests.FollowUps;
import org.doorman.app.requests.RequestDesk;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;
import org.springframework.stereotype.Component;

/**
 * Weeks of history for the demo's first login: more requesters, requests over the last two months in every state (a
 * dialog, silence after a question, the member's own decisions, a likely collector), follow-up tasks, and dormant
 * contacts, one of them silent after being asked about their motive. Everything goes through the capabilities' own
 * services, at the past time it happened: requests through the real desk, silence through the deadline scheduler.
 */
@Component
class DemoStories {

    private final MemberRegistration registration;
    private final RequestDesk desk;
    private final DeadlineScheduler deadlines;
    private final FollowUps followUps;
    private final Contacts contacts;
    private final DormantContacts dormant;

    DemoStories(
            MemberRegistration registration,
            RequestDesk desk,
            DeadlineScheduler deadlines,
            FollowUps followUps,
            Contacts contacts,
            DormantContacts dormant) {
        this.registration = registration;
        this.desk = desk;
        this.deadlines = deadlines;
        this.followUps = followUps;
        this.contacts = contacts;
        this.dormant = dormant;
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
        desk.openRequest(new MemberId(ids.get("markus")), new MemberId(eva))
                .ifPresent(id -> desk.write(id, new MemberId(ids.get("markus")), """
                Danke für die Nachfrage! Ich baue gerade ein Netzwerk für Steuerthemen im Rheinland auf und suche \
                Expertinnen, die einmal im Quartal einen kurzen Impulsvortrag halten."""));

        send(ids.get("anna"), eva, now, 8, """
                Hallo Frau Schulz,
                Sie bieten Steuerberatung für Gründer an. Ich gründe im März eine UG für Bio-Catering und brauche \
                Hilfe bei der Buchhaltung und den ersten Steuererklärungen. Hätten Sie am Dienstag Zeit für ein \
                kurzes Gespräch?
                Viele Grüße, Anna Fischer""");
        String felix = send(ids.get("felix"), eva, now, 20, """
                Hallo Eva, ich finde Ihr Profil spannend. Lassen Sie uns vernetzen, bestimmt ergeben sich Synergien \
                und eine Win-win-Situation.""");
        silence(felix);
        send(ids.get("nina"), eva, now, 27, """
                Sehr geehrte Frau Schulz, unsere Software automatisiert Ihre Kanzlei. Jetzt 3 Monate kostenlos \
                testen – buchen Sie eine Demo!""");
        String paul = send(ids.get("paul"), eva, now, 35, "Hallo Eva, gern würde ich mich mit Ihnen austauschen.");
        desk.write(new RequestId(paul), new MemberId(ids.get("paul")), """
                Konkret: Wir stellen gerade die erste Mitarbeiterin ein und ich verstehe die Lohnabrechnung nicht. \
                Könnten Sie mir eine Kollegin empfehlen oder selbst helfen?""");
        desk.overrule(new RequestId(paul), new MemberId(eva), "accept");
        String lena = send(ids.get("lena"), eva, now, 45, "");
        silence(lena);
        // Max never answers the questions he is asked: by his request to Eva he looks like a contact collector. His
        // silences are written after that request, so that Eva's strategy asks him a question rather than declining a
        // likely collector at once.
        var maxAsked = new ArrayList<String>();
        for (String other : List.of("katrin", "jonas", "priya", "olivia", "tom", "anna")) {
            maxAsked.add(send(
                    ids.get("max"),
                    ids.get(other),
                    now,
                    21,
                    "Hallo, ich erweitere mein Netzwerk. Lass uns connecten!"));
        }
        send(ids.get("max"), eva, now, 5, "Hallo, ich erweitere mein Netzwerk. Lass uns connecten!");
        maxAsked.forEach(this::silence);
        send(ids.get("julia"), eva, now, 15, """
                Hallo Eva, wir sind beide bei Women in Finance – ich habe Sie beim letzten Treffen reden hören. \
                Ich würde mich freuen, wenn wir uns vernetzen.""");
        String ben = send(ids.get("ben"), eva, now, 52, """
                Hi Eva,
                your profile says you offer Steuerberatung für Gründer. We are a UK start-up opening a GmbH in \
                Cologne and need help with the registration for VAT and payroll. Could we talk on Thursday for \
                30 minutes?
                Best, Ben""");
        followUps.doneAt(new MemberId(eva), new RequestId(ben), now.minus(Duration.ofDays(48)));
        String sophie = send(ids.get("sophie"), eva, now, 60, """
                Hallo Eva, wir kennen uns doch vom Sommerfest! Lass uns auch hier in Kontakt bleiben.""");
        desk.overrule(new RequestId(sophie), new MemberId(eva), "decline");
        send(ids.get("david"), eva, now, 3, """
                Hello Eva, I'd love to connect and explore how we can create value together.""");
        send(ids.get("clara"), eva, now, 12, """
                Hallo Frau Schulz, ich habe gesehen, dass Sie Fördermittel-Beratung anbieten. Wir planen eine \
                Digitalisierungsförderung für unsere Agentur (ca. 40.000 Euro) – können Sie uns dabei begleiten?""");
        send(ids.get("tim"), ids.get("tom"), now, 9, """
                Hi Tom, we sell energy dashboards to utilities. Buy now and get 20% off – book a demo!""");

        // dormant contacts of Eva: one asked about the motive and silent past the deadline, one who answered
        contacts.confirm(new MemberId(eva), new MemberId(ids.get("felix")), null, now.minus(Duration.ofDays(500)));
        contacts.confirm(new MemberId(eva), new MemberId(ids.get("tim")), null, now.minus(Duration.ofDays(320)));
        contacts.confirm(new MemberId(eva), new MemberId(ids.get("clara")), null, now.minus(Duration.ofDays(150)));
        dormant.askMotive(new MemberId(eva), new MemberId(ids.get("felix")), now.minus(Duration.ofDays(30)));
        var katrin = new MemberId(ids.get("katrin"));
        var asked = now.minus(Duration.ofDays(25));
        var question = dormant.askMotive(new MemberId(eva), katrin, asked);
        dormant.answer(
                katrin,
                Optional.of(question.id()),
                "Ich vermittle Buchhalterinnen an Kanzleien und dachte, das könnte Sie interessieren. Gern einmal"
                        + " auf einen Kaffee beim Stammtisch!",
                asked.plus(Duration.ofDays(2)));
    }

    /** Sends through the desk {@code daysAgo} before {@code now}: all it causes dates from then. */
    private String send(String from, String to, Instant now, int daysAgo, String message) {
        return desk.send(new MemberId(from), new MemberId(to), message, now.minus(Duration.ofDays(daysAgo)))
                .id();
    }

    /** The clarifying question went unanswered: declined silently at its deadline, as the scheduler does it. */
    private void silence(String requestId) {
        deadlines.declineAtDeadline(new RequestId(requestId));
    }

    private static NewMember member(Person person) {
        // the lists stay empty; e-mail and password as every demo member's
        var profile = new Profile(
                person.name(), person.language(), person.headline(), null, null, null, null, null, null, null);
        return DemoPeople.member(person.handle(), profile);
    }
}
