package org.doorman.app.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.doorman.app.meetings.MeetingRecorded;
import org.doorman.core.lifecycle.Audience;
import org.doorman.core.lifecycle.EventType;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;
import org.doorman.core.lifecycle.RequestState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The request lifecycle's main paths, from sending to the decision, on the in-memory ports (no Spring, no database). */
class RequestLifecycleTests {

    static final String CONCRETE = RequestLifecycleIntegrationTests.CONCRETE;
    static final String VAGUE = RequestLifecycleIntegrationTests.VAGUE;
    static final String SALES = RequestLifecycleIntegrationTests.SALES;
    static final String REPLY = RequestLifecycleIntegrationTests.REPLY;
    static final MemberId JONAS = new MemberId("jonas");
    static final MemberId DANA = new MemberId("dana");

    LifecycleOnFakes lifecycle;

    @BeforeEach
    void network() {
        lifecycle = new LifecycleOnFakes();
        lifecycle.network.member(
                "dana",
                "Dana Berg",
                "de",
                "Steuerberaterin für Freiberufler",
                List.of("Steuerberatung für Freiberufler", "Buchhaltung", "Existenzgründungsberatung"));
        lifecycle.network.member("jonas", "Jonas Weber", "de", "Fotograf", List.of());
    }

    StoredRequest stored(RequestId id) {
        return lifecycle.requests.find(id).orElseThrow();
    }

    RequestState state(RequestId id) {
        return stored(id).request().state();
    }

    List<String> steps(RequestId id) {
        return lifecycle.audit.of(id).stream().map(AuditTrail.Entry::step).toList();
    }

    @Nested
    class AConcreteNeed {

        @Test
        void isAcceptedAtOnceWithAFollowUpTaskAndTheTwoBecomeContacts() {
            var sent = lifecycle.desk.send(JONAS, DANA, CONCRETE);
            var id = new RequestId(sent.id());

            assertThat(sent.state()).isEqualTo("accepted");
            assertThat(state(id)).isEqualTo(RequestState.ACCEPTED);
            assertThat(stored(id).request().decidedBy())
                    .hasValueSatisfying(by -> assertThat(by).startsWith("rule:"));
            assertThat(lifecycle.network.connected(JONAS, DANA)).isTrue();
            assertThat(lifecycle.tasks.of(DANA, true))
                    .singleElement()
                    .satisfies(task -> assertThat(task.request()).hasValue(id));
            assertThat(lifecycle.tasks.of(JONAS, true)).isEmpty();
            assertThat(lifecycle.outbox.about(sent.id()))
                    .extracting(InMemoryOutbox.Event::type)
                    .contains(EventType.CONTACT_CONFIRMED, EventType.TASK_CREATED, EventType.TASK_REMINDER);
        }
    }

    @Nested
    class AVaguePitch {

        RequestId id;

        @BeforeEach
        void sent() {
            id = new RequestId(lifecycle.desk.send(JONAS, DANA, VAGUE).id());
        }

        @Test
        void isAnsweredWithAClarifyingQuestionAndAReplyDeadline() {
            assertThat(state(id)).isEqualTo(RequestState.AWAITING_REPLY);
            assertThat(stored(id).request().deadline()).isPresent();
            assertThat(lifecycle.conversations.of(id))
                    .extracting(Conversations.Message::kind)
                    .containsExactly("clarifying_question");
        }

        @Test
        void theRequestersReplyOpensADialogAndClearsTheDeadline() {
            lifecycle.desk.write(id, JONAS, REPLY);

            assertThat(state(id)).isEqualTo(RequestState.IN_DIALOG);
            assertThat(stored(id).request().deadline()).isEmpty();
            assertThat(lifecycle.conversations.of(id).getLast().body()).isEqualTo(REPLY);
        }

        @Test
        void afterTheReplyTheMemberAcceptsAndTheTwoBecomeContacts() {
            lifecycle.desk.write(id, JONAS, REPLY);
            lifecycle.desk.overrule(id, DANA, "accept");

            assertThat(state(id)).isEqualTo(RequestState.ACCEPTED);
            assertThat(stored(id).request().decidedBy()).hasValue("member:dana");
            assertThat(lifecycle.network.connected(new MemberId("jonas"), new MemberId("dana")))
                    .isTrue();
        }

        @Test
        void afterTheReplyTheMemberDeclinesAndTheRequesterStillSeesPending() {
            lifecycle.desk.write(id, JONAS, REPLY);
            lifecycle.desk.overrule(id, DANA, "decline");

            assertThat(state(id)).isEqualTo(RequestState.DECLINED);
            assertThat(state(id).senderView()).isEqualTo("pending");
            assertThat(lifecycle.network.connected(new MemberId("jonas"), new MemberId("dana")))
                    .isFalse();
        }

        @Test
        void silenceUntilTheDeadlineDeclinesSilentlyAndCountsAnUnansweredQuestion() {
            lifecycle.clock.advance(Duration.ofDays(13));
            assertThat(lifecycle.deadlines.runDue()).isZero();
            assertThat(state(id)).isEqualTo(RequestState.AWAITING_REPLY);

            lifecycle.clock.advance(Duration.ofDays(2));

            assertThat(lifecycle.deadlines.runDue()).isEqualTo(1);
            assertThat(state(id)).isEqualTo(RequestState.DECLINED);
            assertThat(stored(id).request().decidedBy()).hasValue("system:deadline");
            assertThat(steps(id).getLast()).isEqualTo("declined silently");
            assertThat(lifecycle.requests.unansweredAt(id)).isPresent();
            assertThat(lifecycle.deadlines.runDue())
                    .as("a passed deadline is acted on once")
                    .isZero();
        }
    }

    @Nested
    class ASalesPitch {

        @Test
        void isDeclinedWhileTheRequesterSeesPendingAndHearsNothing() {
            var sent = lifecycle.desk.send(JONAS, DANA, SALES);

            assertThat(sent.state()).isEqualTo("pending");
            assertThat(state(new RequestId(sent.id()))).isEqualTo(RequestState.DECLINED);
            assertThat(lifecycle.outbox.about(sent.id()))
                    .filteredOn(event -> event.type() == EventType.REQUEST_DECIDED)
                    .isNotEmpty()
                    .allSatisfy(event -> assertThat(event.audience()).isEqualTo(Audience.RECIPIENT));
            assertThat(lifecycle.conversations.of(new RequestId(sent.id())))
                    .as("no message goes to the requester")
                    .isEmpty();
        }

        @Test
        void aSecondRequestWithinTheRetryPeriodAnswersAsIfOneWerePending() {
            lifecycle.desk.send(JONAS, DANA, SALES);
            lifecycle.clock.advance(Duration.ofDays(30));

            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> lifecycle.desk.send(JONAS, DANA, CONCRETE)))
                    .hasMessageContaining("open request");
        }
    }

    @Nested
    class AnAcquaintanceClaim {

        @Test
        void waitsForTheMembersReviewAndTheMemberDecides() {
            var id = new RequestId(lifecycle
                    .desk
                    .send(
                            JONAS,
                            DANA,
                            "Hallo Dana, wir haben uns letzte Woche beim BNI-Frühstück kennengelernt. Ich würde mich"
                                    + " freuen, in Kontakt zu bleiben.")
                    .id());

            assertThat(state(id)).isEqualTo(RequestState.REVIEW);
            lifecycle.desk.overrule(id, DANA, "accept");
            assertThat(state(id)).isEqualTo(RequestState.ACCEPTED);
        }
    }

    @Nested
    class UnderAMeetTwicePolicy {

        RequestId id;

        @BeforeEach
        void sent() {
            lifecycle.network.member("rita", "Rita Sommer", "en", "", List.of());
            lifecycle.network.member("sam", "Sam Green", "en", "", List.of());
            lifecycle.network.strategy("rita", "meet-twice");
            id = new RequestId(lifecycle
                    .desk
                    .send(new MemberId("sam"), new MemberId("rita"), "Hi Rita, I'd love to connect with you.")
                    .id());
        }

        @Test
        void theRequestWaitsForMeetingsWithAnInvitation() {
            assertThat(state(id)).isEqualTo(RequestState.AWAITING_MEETINGS);
            assertThat(stored(id).request().meetingsRequired()).hasValue(2);
            assertThat(lifecycle.conversations.of(id).getLast().kind()).isEqualTo("invitation");
        }

        @Test
        void oneMeetingIsNotEnoughAndTheSecondAccepts() {
            meet("rita", "sam");
            assertThat(state(id)).isEqualTo(RequestState.AWAITING_MEETINGS);

            meet("rita", "sam");

            assertThat(state(id)).isEqualTo(RequestState.ACCEPTED);
            assertThat(stored(id).request().decidedBy()).hasValue("system:meetings");
            assertThat(lifecycle.network.connected(new MemberId("rita"), new MemberId("sam")))
                    .isTrue();
        }

        @Test
        void onlyTheMeetingsTheMemberRecognizesCount() {
            meet("sam", "rita");
            meet("sam", "rita");

            assertThat(state(id)).isEqualTo(RequestState.AWAITING_MEETINGS);
        }

        private void meet(String who, String other) {
            lifecycle.network.met(who, other);
            lifecycle.desk.onMeeting(
                    new MeetingRecorded(new MemberId(who), new MemberId(other), lifecycle.clock.instant()));
        }
    }
}
