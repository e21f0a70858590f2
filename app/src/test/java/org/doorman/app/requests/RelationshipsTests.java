package org.doorman.app.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.doorman.app.contacts.ContactsOverJdbc;
import org.doorman.app.meetings.Meetings;
import org.doorman.app.members.AcquaintancesOverJdbc;
import org.doorman.app.relationsdb.Engine;
import org.doorman.app.relationsdb.Rows;
import org.doorman.app.storage.Dialect;
import org.doorman.app.testing.StandIns;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.screening.RequestContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The relationship as each owner answers it on a real database: the conversation from the requests' messages, the
 * relation and mutual contacts from contacts, shared groups and the visit from members (meetings are counted apart).
 */
class RelationshipsTests {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    @ParameterizedTest
    @EnumSource(Engine.class)
    void strangersHaveNoContext(Engine engine) {
        var jdbc = engine.client(engine.migrated());
        var rows = new Rows(jdbc);
        String dana = rows.member("Dana Berg");
        String eva = rows.member("Eva Schulz");

        assertThat(context(jdbc, eva, dana)).isEqualTo(RequestContext.none());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theContextComesFromMeetingsConversationsContactsGroupsAndVisits(Engine engine) {
        var jdbc = engine.client(engine.migrated());
        var rows = new Rows(jdbc);
        String dana = rows.member("Dana Berg");
        String eva = rows.member("Eva Schulz");
        String jonas = rows.member("Jonas Weber");
        String mia = rows.member("Mia Brandt");
        String earlier = rows.request(dana, eva, "Hallo Eva", NOW.minus(DAY.multipliedBy(60)), "in_dialog");
        rows.message(earlier, eva, "reply", "Hallo Dana", NOW.minus(DAY.multipliedBy(59)));
        contactsOf(jdbc, dana, jonas, eva, jonas, eva, mia, dana, mia);
        rows.group("BNI Chapter Alster", dana, eva);
        rows.group("Fotoclub", eva);
        rows.visit(eva, dana, NOW.minusSeconds(600));
        rows.visit(eva, jonas, NOW.minusSeconds(600));
        Meetings meetings = StandIns.meetings(dana, eva, 1);

        var context = relationships(jdbc, meetings).between(new MemberId(eva), new MemberId(dana), NOW);

        assertThat(context).isEqualTo(new RequestContext(1, true, false, 2, List.of("BNI Chapter Alster"), true));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aVisitAfterTheRequestAndAOneSidedRequestAreNoContext(Engine engine) {
        var jdbc = engine.client(engine.migrated());
        var rows = new Rows(jdbc);
        String dana = rows.member("Dana Berg");
        String eva = rows.member("Eva Schulz");
        String earlier = rows.request(eva, dana, "Hallo Dana", NOW.minus(DAY.multipliedBy(30)), "declined");
        rows.message(earlier, dana, "clarifying_question", "Was ist der Anlass?", NOW.minus(DAY.multipliedBy(30)));
        rows.visit(eva, dana, NOW.plusSeconds(1));

        var context = context(jdbc, eva, dana);

        assertThat(context.priorConversation()).isFalse();
        assertThat(context.visitedProfileBeforeRequest()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aReplyToDoormansClarifyingQuestionIsNoConversation(Engine engine) {
        var jdbc = engine.client(engine.migrated());
        var rows = new Rows(jdbc);
        String maria = rows.member("Maria Berg");
        String sam = rows.member("Sam Sommer");
        String earlier = rows.request(sam, maria, "Synergien!", NOW.minus(DAY.multipliedBy(3)), "in_dialog");
        rows.message(earlier, maria, "clarifying_question", "Worum genau?", NOW.minus(DAY.multipliedBy(3)));
        rows.message(earlier, sam, "reply", "Netzwerk erweitern.", NOW.minus(DAY.multipliedBy(2)));
        // Maria once wrote to Sam herself; Sam's Doorman answered with an invitation, and Sam never wrote himself.
        String invited = rows.request(maria, sam, "Hallo Sam", NOW.minus(DAY.multipliedBy(5)), "awaiting_meetings");
        rows.message(invited, sam, "invitation", "Kommen Sie zum Netzwerkabend.", NOW.minus(DAY.multipliedBy(5)));
        rows.message(invited, maria, "reply", "Gern.", NOW.minus(DAY.multipliedBy(4)));

        assertThat(context(jdbc, sam, maria).priorConversation()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void nothingInsideADeclinedRequestCountsAsAConversation(Engine engine) {
        var jdbc = engine.client(engine.migrated());
        var rows = new Rows(jdbc);
        String maria = rows.member("Maria Berg");
        String sam = rows.member("Sam Sommer");
        String declined = rows.request(sam, maria, "Synergien!", NOW.minus(DAY.multipliedBy(3)), "declined");
        rows.message(declined, maria, "message", "Was genau meinen Sie?", NOW.minus(DAY.multipliedBy(3)));
        rows.message(declined, sam, "reply", "Netzwerk erweitern.", NOW.minus(DAY.multipliedBy(2)));

        assertThat(context(jdbc, sam, maria).priorConversation()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void whatBothWroteThemselvesIsAConversationUntilTheMemberRemovesTheRequester(Engine engine) {
        var jdbc = engine.client(engine.migrated());
        var rows = new Rows(jdbc);
        String maria = rows.member("Maria Berg");
        String sam = rows.member("Sam Sommer");
        String open = rows.request(sam, maria, "Hallo", NOW.minus(DAY.multipliedBy(3)), "in_dialog");
        rows.message(open, maria, "message", "Was genau meinen Sie?", NOW.minus(DAY.multipliedBy(3)));
        rows.message(open, sam, "reply", "Ihre Steuerberatung.", NOW.minus(DAY.multipliedBy(2)));

        assertThat(context(jdbc, sam, maria).priorConversation()).isTrue();

        jdbc.sql("INSERT INTO contact_removals (member_id, removed_id, removed_at) VALUES (?, ?, ?)")
                .params(maria, sam, NOW.minus(DAY).toEpochMilli())
                .update();
        assertThat(context(jdbc, sam, maria).priorConversation()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aContactIsInTheRecipientsAddressBook(Engine engine) {
        var jdbc = engine.client(engine.migrated());
        var rows = new Rows(jdbc);
        String dana = rows.member("Dana Berg");
        String eva = rows.member("Eva Schulz");

        contactsOf(jdbc, dana, eva);

        var context = relationships(jdbc).between(new MemberId(eva), new MemberId(dana), NOW);

        assertThat(context.inAddressBook()).isTrue();
    }

    /** The context as a page reads it, checked against the one a send reads along with the sending history. */
    private static RequestContext context(JdbcClient jdbc, String sender, String recipient) {
        var s = new MemberId(sender);
        var r = new MemberId(recipient);
        var alone = relationships(jdbc).between(s, r, NOW);
        var history = requests(jdbc).sendingHistory(s, r, NOW.minus(DAY), NOW.minus(DAY), NOW);
        var alongTheHistory = relationships(jdbc)
                .between(s, r, NOW, ContactsOverJdbc.of(jdbc).standing(r, s), history.lastConversation(), false);
        assertThat(alongTheHistory).as("as a send reads it").isEqualTo(alone);
        return alone;
    }

    private static JdbcRequests requests(JdbcClient jdbc) {
        return new JdbcRequests(jdbc, new Dialect(false)); // the dialect only claims due requests
    }

    private static Relationships relationships(JdbcClient jdbc) {
        return relationships(jdbc, StandIns.noMeetings());
    }

    private static Relationships relationships(JdbcClient jdbc, Meetings meetings) {
        return new Relationships(
                requests(jdbc),
                ContactsOverJdbc.of(jdbc),
                AcquaintancesOverJdbc.of(jdbc),
                meetings,
                StandIns.DEFAULT_STRATEGIES);
    }

    /** Stores the given pairs as contacts, both directions, the way confirming does. */
    private static void contactsOf(JdbcClient jdbc, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            for (String[] direction : new String[][] {{pairs[i], pairs[i + 1]}, {pairs[i + 1], pairs[i]}}) {
                jdbc.sql("INSERT INTO contacts (member_id, contact_id, since) VALUES (?, ?, 0)")
                        .params(direction[0], direction[1])
                        .update();
            }
        }
    }
}
