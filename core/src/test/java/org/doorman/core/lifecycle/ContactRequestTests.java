package org.doorman.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doorman.core.lifecycle.Requests.DANA;
import static org.doorman.core.lifecycle.Requests.EVA;
import static org.doorman.core.lifecycle.Requests.NOW;
import static org.doorman.core.lifecycle.Requests.SETTINGS;
import static org.doorman.core.lifecycle.Requests.awaitingReply;
import static org.doorman.core.lifecycle.Requests.effects;
import static org.doorman.core.lifecycle.Requests.fresh;
import static org.doorman.core.lifecycle.Requests.screen;
import static org.doorman.core.lifecycle.Requests.screened;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.doorman.core.screening.Category;
import org.doorman.core.screening.Language;
import org.doorman.core.strategy.Action;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ContactRequestTests {

    @Test
    void aRequestToOneselfCannotExist() {
        assertThatThrownBy(() -> ContactRequest.received(new RequestId("r"), DANA, DANA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("themselves");
    }

    @Nested
    class Screening {

        @Test
        void anAcceptConfirmsTheContactAndIsRecordedAsTheRule() {
            var moved = screen(Category.KNOWN, Action.ACCEPT);

            assertThat(moved.request().state()).isEqualTo(RequestState.ACCEPTED);
            assertThat(effects(moved, Effect.ConfirmContact.class))
                    .containsExactly(new Effect.ConfirmContact(DANA, EVA));
            assertThat(moved.request().decidedBy()).contains("rule:rule-accept");
            assertThat(moved.request().decidedAt()).contains(NOW);
            assertThat(effects(moved, Effect.CreateFollowUpTask.class)).isEmpty();
        }

        @Test
        void aConcreteNeedIsAcceptedWithAFollowUpTaskDueLaterAndARemindBeforeIt() {
            var moved = screen(Category.CONCRETE_NEED, Action.ACCEPT_AND_FOLLOW_UP);

            assertThat(moved.request().state()).isEqualTo(RequestState.ACCEPTED);
            assertThat(effects(moved, Effect.ConfirmContact.class)).hasSize(1);
            var task = effects(moved, Effect.CreateFollowUpTask.class).getFirst();
            assertThat(task.member()).isEqualTo(DANA);
            assertThat(task.contact()).isEqualTo(EVA);
            assertThat(task.dueAt()).isEqualTo(NOW.plus(SETTINGS.followUpDue()));
            assertThat(task.remindAt()).isEqualTo(task.dueAt().minus(SETTINGS.followUpReminder()));
            assertThat(task.language()).as("the member's language").isEqualTo(Language.DE);
            assertThat(task.values()).containsEntry("requester", "Eva Schulz").containsEntry("member", "Dana Roth");
        }

        @Test
        void aVaguePitchGetsAClarifyingQuestionInTheLanguageOfTheRequestAndADeadline() {
            var moved = screen(Category.VAGUE_PITCH, Action.ASK);

            assertThat(moved.request().state()).isEqualTo(RequestState.AWAITING_REPLY);
            assertThat(moved.request().deadline()).contains(NOW.plus(Duration.ofDays(14)));
            assertThat(moved.request().askedAt()).contains(NOW);
            var message = effects(moved, Effect.SendMessage.class).getFirst();
            assertThat(message.author()).isEqualTo(DANA);
            assertThat(message.to()).isEqualTo(EVA);
            assertThat(message.kind()).isEqualTo(MessageKind.CLARIFYING_QUESTION);
            assertThat(message.body())
                    .isEqualTo(new MessageBody.Template(
                            Purpose.CLARIFY_VAGUE_PITCH,
                            Language.DE,
                            java.util.Map.of("requester", "Eva Schulz", "member", "Dana Roth")));
            assertThat(effects(moved, Effect.SetDeadline.class))
                    .containsExactly(new Effect.SetDeadline(NOW.plus(Duration.ofDays(14))));
            assertThat(moved.request().decidedBy()).isEmpty();
        }

        @Test
        void theQuestionIsChosenByCategory() {
            assertThat(Purpose.clarifying(Category.EMPTY)).isEqualTo(Purpose.CLARIFY_EMPTY);
            assertThat(Purpose.clarifying(Category.COMMON_GROUND)).isEqualTo(Purpose.CLARIFY_COMMON_GROUND);
            assertThat(Purpose.clarifying(Category.VAGUE_PITCH)).isEqualTo(Purpose.CLARIFY_VAGUE_PITCH);
            var moved = screen(Category.EMPTY, Action.ASK);
            var body = (MessageBody.Template)
                    effects(moved, Effect.SendMessage.class).getFirst().body();
            assertThat(body.purpose()).isEqualTo(Purpose.CLARIFY_EMPTY);
        }

        @Test
        void aRequesterWithoutASupportedLanguageIsAskedInTheLanguageOfTheirRequest() {
            var base = screened(Category.VAGUE_PITCH, Action.ASK);
            var screened = new Screened(
                    base.decision(),
                    base.requesterName(),
                    base.memberName(),
                    Language.OTHER,
                    Language.EN,
                    Optional.empty(),
                    Optional.empty(),
                    base.policy(),
                    0);

            var moved = fresh().screen(screened, SETTINGS, NOW).orThrow();

            var body = (MessageBody.Template)
                    effects(moved, Effect.SendMessage.class).getFirst().body();
            assertThat(body.language()).isEqualTo(Language.DE);
        }

        @Test
        void anEnglishRequestFromARequesterWhoseProfileSaysGermanIsAskedInEnglish() {
            var base = screened(Category.VAGUE_PITCH, Action.ASK);
            var d = base.decision();
            var english = new org.doorman.core.strategy.Decision(
                    d.category(),
                    d.confidence(),
                    d.action(),
                    d.ruleId(),
                    d.rule(),
                    d.signals(),
                    Language.EN,
                    d.meetingsRequired(),
                    d.reason());
            var screened = new Screened(
                    english,
                    base.requesterName(),
                    base.memberName(),
                    Language.DE,
                    Language.EN,
                    Optional.empty(),
                    Optional.empty(),
                    base.policy(),
                    0);

            var moved = fresh().screen(screened, SETTINGS, NOW).orThrow();

            var body = (MessageBody.Template)
                    effects(moved, Effect.SendMessage.class).getFirst().body();
            assertThat(body.language()).isEqualTo(Language.EN);
        }

        @Test
        void aRequesterAskedWithinTheRepeatPeriodWaitsSilentlyWithoutASecondQuestion() {
            var base = screened(Category.VAGUE_PITCH, Action.ASK);
            var earlier = NOW.minus(Duration.ofDays(10));
            var screened = new Screened(
                    base.decision(),
                    base.requesterName(),
                    base.memberName(),
                    Language.EN,
                    Language.DE,
                    Optional.of(earlier),
                    Optional.empty(),
                    base.policy(),
                    0);

            var moved = fresh().screen(screened, SETTINGS, NOW).orThrow();

            assertThat(moved.request().state()).isEqualTo(RequestState.AWAITING_REPLY);
            assertThat(moved.request().deadline()).contains(NOW.plus(SETTINGS.replyDeadline()));
            assertThat(moved.request().askedAt()).isEmpty();
            assertThat(effects(moved, Effect.SendMessage.class)).isEmpty();
            assertThat(effects(moved, Effect.Audit.class))
                    .extracting(Effect.Audit::step)
                    .contains("waits silently");
        }

        @Test
        void aRequesterAskedBeforeTheRepeatPeriodIsAskedAgain() {
            var base = screened(Category.VAGUE_PITCH, Action.ASK);
            var screened = new Screened(
                    base.decision(),
                    base.requesterName(),
                    base.memberName(),
                    Language.EN,
                    Language.DE,
                    Optional.of(NOW.minus(Duration.ofDays(30))),
                    Optional.empty(),
                    base.policy(),
                    0);

            var moved = fresh().screen(screened, SETTINGS, NOW).orThrow();

            assertThat(effects(moved, Effect.SendMessage.class)).hasSize(1);
        }

        @Test
        void anInvitationExplainsThePolicyProposesTheNextEventAndWaitsForMeetings() {
            var base = screened(Category.VAGUE_PITCH, Action.INVITE_TO_EVENT);
            var event = new UpcomingEvent("Netzwerktreffen Hamburg", NOW.plus(Duration.ofDays(9)), "Speicherstadt");
            var screened = new Screened(
                    base.decision(),
                    base.requesterName(),
                    base.memberName(),
                    Language.DE,
                    Language.EN,
                    Optional.empty(),
                    Optional.of(event),
                    base.policy(),
                    0);

            var moved = fresh().screen(screened, SETTINGS, NOW).orThrow();

            assertThat(moved.request().state()).isEqualTo(RequestState.AWAITING_MEETINGS);
            assertThat(moved.request().meetingsRequired()).contains(2);
            var message = effects(moved, Effect.SendMessage.class).getFirst();
            assertThat(message.kind()).isEqualTo(MessageKind.INVITATION);
            var body = (MessageBody.Template) message.body();
            assertThat(body.purpose()).isEqualTo(Purpose.INVITE_TO_EVENT);
            assertThat(body.language()).isEqualTo(Language.DE);
            assertThat(body.values())
                    .containsEntry("policy", "Ich bestätige nach zwei Treffen.")
                    .containsEntry("eventTitle", "Netzwerktreffen Hamburg")
                    .containsEntry("eventLocation", "Speicherstadt")
                    .containsEntry("meetings", "2")
                    .as("signed in the member's name")
                    .containsEntry("member", "Dana Roth");
        }

        @Test
        void anInvitationWithoutAnOfficialEventStillExplainsThePolicy() {
            var moved = screen(Category.EMPTY, Action.INVITE_TO_EVENT);

            var body = (MessageBody.Template)
                    effects(moved, Effect.SendMessage.class).getFirst().body();
            assertThat(body.values())
                    .containsEntry("policy", "Ich bestätige nach zwei Treffen.")
                    .doesNotContainKey("eventTitle");
        }

        @Test
        void aDeclineIsSilentAndOnlyTheRecipientsWebhooksHearOfIt() {
            var moved = screen(Category.SALES_PITCH, Action.DECLINE);

            assertThat(moved.request().state()).isEqualTo(RequestState.DECLINED);
            assertThat(moved.request().state().senderView()).isEqualTo("pending");
            assertThat(effects(moved, Effect.SendMessage.class)).isEmpty();
            assertThat(effects(moved, Effect.ConfirmContact.class)).isEmpty();
            assertThat(effects(moved, Effect.EmitWebhook.class))
                    .isNotEmpty()
                    .allSatisfy(hook -> assertThat(hook.audience()).isEqualTo(Audience.RECIPIENT));
        }

        @Test
        void aReviewWaitsForTheMemberAndSaysWhy() {
            var base = Requests.decision(Category.ACQUAINTANCE_CLAIM, Action.REVIEW);
            var decision = new org.doorman.core.strategy.Decision(
                    base.category(),
                    base.confidence(),
                    base.action(),
                    base.ruleId(),
                    base.rule(),
                    base.signals(),
                    base.language(),
                    base.meetingsRequired(),
                    "the member knows whether they met");

            var moved = fresh().screen(screened(decision), SETTINGS, NOW).orThrow();

            assertThat(moved.request().state()).isEqualTo(RequestState.REVIEW);
            assertThat(moved.request().decidedBy()).isEmpty();
            assertThat(effects(moved, Effect.Audit.class))
                    .extracting(Effect.Audit::detail)
                    .contains("the member knows whether they met");
        }

        @Test
        void everyScreeningIsAuditedAsTheRuleAndAnnouncedToTheRecipient() {
            var moved = screen(Category.VAGUE_PITCH, Action.ASK);

            assertThat(effects(moved, Effect.Audit.class)).first().satisfies(audit -> {
                assertThat(audit.actor().label()).isEqualTo("rule:rule-ask");
                assertThat(audit.detail()).contains("vague_pitch", "ask");
            });
            assertThat(effects(moved, Effect.EmitWebhook.class))
                    .extracting(Effect.EmitWebhook::type)
                    .containsExactly(EventType.REQUEST_RECEIVED);
        }

        @Test
        void aRequestIsScreenedOnlyOnce() {
            var accepted = screen(Category.KNOWN, Action.ACCEPT).request();

            var again = accepted.screen(screened(Category.KNOWN, Action.ACCEPT), SETTINGS, NOW);

            assertThat(again).isInstanceOf(Transition.Refused.class);
            assertThatThrownBy(again::orThrow)
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("screened already");
        }
    }

    @Nested
    class RepliesAndSilence {

        @Test
        void theRequestersReplyOpensADialogAndClearsTheDeadline() {
            var moved = awaitingReply()
                    .messagePosted(EVA, "We run workshops and need a tax adviser.", NOW)
                    .orThrow();

            assertThat(moved.request().state()).isEqualTo(RequestState.IN_DIALOG);
            assertThat(moved.request().deadline()).isEmpty();
            assertThat(effects(moved, Effect.ClearDeadline.class)).hasSize(1);
            assertThat(effects(moved, Effect.SendMessage.class).getFirst().kind())
                    .isEqualTo(MessageKind.REPLY);
        }

        @Test
        void theMembersOwnMessageLeavesTheRequestWaiting() {
            var moved = awaitingReply().messagePosted(DANA, "Any news?", NOW).orThrow();

            assertThat(moved.request().state()).isEqualTo(RequestState.AWAITING_REPLY);
            assertThat(effects(moved, Effect.SendMessage.class).getFirst().kind())
                    .isEqualTo(MessageKind.MESSAGE);
        }

        @Test
        void aRequesterWritingOnADeclinedRequestIsHeardButTheDeclineStays() {
            var declined = screen(Category.SALES_PITCH, Action.DECLINE).request();

            var moved =
                    declined.messagePosted(EVA, "Did you see my offer?", NOW).orThrow();

            assertThat(moved.request().state()).isEqualTo(RequestState.DECLINED);
            assertThat(effects(moved, Effect.SendMessage.class)).hasSize(1);
        }

        @Test
        void anOutsiderCannotWriteInARequest() {
            var refused = awaitingReply().messagePosted(new MemberId("m-carl"), "Hello", NOW);

            assertThat(refused).isInstanceOf(Transition.Refused.class);
        }

        @Test
        void anEmptyMessageIsRefused() {
            assertThat(awaitingReply().messagePosted(EVA, "  ", NOW)).isInstanceOf(Transition.Refused.class);
        }

        @Test
        void silenceUntilTheDeadlineDeclinesSilentlyAndCountsAnUnansweredQuestion() {
            var waiting = awaitingReply();

            var moved = waiting.deadlinePassed(waiting.deadline().orElseThrow()).orThrow();

            assertThat(moved.request().state()).isEqualTo(RequestState.DECLINED);
            assertThat(moved.request().deadline()).isEmpty();
            assertThat(moved.request().decidedBy()).contains("system:deadline");
            assertThat(effects(moved, Effect.CountUnansweredQuestion.class))
                    .containsExactly(new Effect.CountUnansweredQuestion(EVA));
            assertThat(effects(moved, Effect.SendMessage.class)).isEmpty();
            assertThat(effects(moved, Effect.EmitWebhook.class))
                    .allSatisfy(hook -> assertThat(hook.audience()).isEqualTo(Audience.RECIPIENT));
        }

        @Test
        void theDeadlineDoesNothingBeforeItIsDue() {
            var waiting = awaitingReply();

            var early = waiting.deadlinePassed(waiting.deadline().orElseThrow().minusMillis(1));

            assertThat(early).isInstanceOf(Transition.Refused.class);
        }

        @Test
        void anAnsweredQuestionIsNotDeclinedByTheDeadline() {
            var inDialog = awaitingReply()
                    .messagePosted(EVA, "Here is what I mean.", NOW)
                    .orThrow()
                    .request();

            var late = inDialog.deadlinePassed(NOW.plus(Duration.ofDays(30)));

            assertThat(late).isInstanceOf(Transition.Refused.class);
        }

        @Test
        void silenceAfterAWithheldQuestionDeclinesWithoutCountingAnUnansweredQuestion() {
            var waiting = ContactRequest.received(new RequestId("r-2"), EVA, DANA)
                    .waitingForReply(NOW.plus(Duration.ofDays(1)), Optional.empty());

            var moved = waiting.deadlinePassed(NOW.plus(Duration.ofDays(2))).orThrow();

            assertThat(moved.request().state()).isEqualTo(RequestState.DECLINED);
            assertThat(effects(moved, Effect.CountUnansweredQuestion.class)).isEmpty();
        }
    }

    @Nested
    class MemberDecisions {

        @Test
        void theMembersAcceptOverridesTheStrategyAtAnyOpenState() {
            for (var request : new ContactRequest[] {
                awaitingReply(),
                screen(Category.SALES_PITCH, Action.DECLINE).request(),
                screen(Category.ACQUAINTANCE_CLAIM, Action.REVIEW).request(),
                screen(Category.EMPTY, Action.INVITE_TO_EVENT).request()
            }) {
                var moved = request.memberDecided(Verdict.ACCEPT, NOW).orThrow();

                assertThat(moved.request().state()).isEqualTo(RequestState.ACCEPTED);
                assertThat(moved.request().decidedBy()).contains("member:m-dana");
                assertThat(moved.request().deadline()).isEmpty();
                assertThat(effects(moved, Effect.ConfirmContact.class)).hasSize(1);
                assertThat(effects(moved, Effect.Audit.class))
                        .extracting(audit -> audit.actor().label())
                        .containsExactly("member:m-dana");
            }
        }

        @Test
        void theMembersDeclineClearsTheDeadlineAndConfirmsNothing() {
            var moved = awaitingReply().memberDecided(Verdict.DECLINE, NOW).orThrow();

            assertThat(moved.request().state()).isEqualTo(RequestState.DECLINED);
            assertThat(effects(moved, Effect.ClearDeadline.class)).hasSize(1);
            assertThat(effects(moved, Effect.ConfirmContact.class)).isEmpty();
        }

        @Test
        void decidingTheSameTwiceChangesNothing() {
            var accepted = screen(Category.KNOWN, Action.ACCEPT).request();

            var again = accepted.memberDecided(Verdict.ACCEPT, NOW).orThrow();

            assertThat(again.request()).isEqualTo(accepted);
            assertThat(again.effects()).isEmpty();
        }

        @Test
        void anAcceptedRequestIsNotDeclinedAfterwards() {
            var accepted = screen(Category.KNOWN, Action.ACCEPT).request();

            assertThat(accepted.memberDecided(Verdict.DECLINE, NOW))
                    .isInstanceOfSatisfying(
                            Transition.Refused.class,
                            refused -> assertThat(refused.reason()).contains("remove the contact"));
        }
    }

    @Nested
    class Meetings {

        private final ContactRequest invited =
                screen(Category.EMPTY, Action.INVITE_TO_EVENT).request();

        @Test
        void oneMeetingIsNotEnoughUnderAMeetTwicePolicy() {
            assertThat(invited.meetingsCounted(1, NOW)).isInstanceOf(Transition.Refused.class);
        }

        @Test
        void theSecondMeetingAcceptsTheRequest() {
            var moved = invited.meetingsCounted(2, NOW).orThrow();

            assertThat(moved.request().state()).isEqualTo(RequestState.ACCEPTED);
            assertThat(moved.request().decidedBy()).contains("system:meetings");
            assertThat(effects(moved, Effect.ConfirmContact.class))
                    .containsExactly(new Effect.ConfirmContact(DANA, EVA));
        }

        @Test
        void meetingsDoNotAcceptARequestThatIsNotWaitingForThem() {
            assertThat(awaitingReply().meetingsCounted(5, NOW)).isInstanceOf(Transition.Refused.class);
        }

        @Test
        void aRequesterMetOftenEnoughAlreadyIsAcceptedAtOnce() {
            var base = screened(Category.EMPTY, Action.INVITE_TO_EVENT);
            var screened = new Screened(
                    base.decision(),
                    base.requesterName(),
                    base.memberName(),
                    Language.EN,
                    Language.EN,
                    Optional.empty(),
                    Optional.empty(),
                    base.policy(),
                    2);

            var moved = fresh().screen(screened, SETTINGS, Instant.EPOCH).orThrow();

            assertThat(moved.request().state()).isEqualTo(RequestState.ACCEPTED);
        }
    }

    @Test
    void theSenderSeesOnlyPendingOrAccepted() {
        for (var state : RequestState.values()) {
            assertThat(state.senderView()).isIn("pending", "accepted");
        }
        assertThat(RequestState.DECLINED.senderView()).isEqualTo("pending");
        assertThat(RequestState.ACCEPTED.senderView()).isEqualTo("accepted");
    }
}
