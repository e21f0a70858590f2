package org.doorman.core.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact request as the lifecycle sees it. Its named transitions are pure functions of this state, the event and
 * {@code now}: they answer the next state with the effects to carry out, or refuse an impossible move with a reason.
 *
 * @param deadline when an unanswered clarifying question turns into a silent decline (only in awaiting_reply)
 * @param askedAt when the clarifying question went out; empty when none was sent
 * @param meetingsRequired how many meetings in person the member's policy asks for (only after an invitation)
 * @param decidedBy who closed the request ({@link Actor#label()}), with {@code decidedAt}
 */
public record ContactRequest(
        RequestId id,
        MemberId sender,
        MemberId recipient,
        RequestState state,
        Optional<Instant> deadline,
        Optional<Instant> askedAt,
        Optional<Integer> meetingsRequired,
        Optional<String> decidedBy,
        Optional<Instant> decidedAt) {

    static final Actor DEADLINE = new Actor.Doorman("deadline");
    static final Actor MEETINGS = new Actor.Doorman("meetings");

    public ContactRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(askedAt, "askedAt");
        Objects.requireNonNull(meetingsRequired, "meetingsRequired");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (sender.equals(recipient)) {
            throw new IllegalArgumentException("a member cannot send a contact request to themselves");
        }
    }

    /** A request just sent, waiting to be screened. */
    public static ContactRequest received(RequestId id, MemberId sender, MemberId recipient) {
        return new ContactRequest(
                id,
                sender,
                recipient,
                RequestState.SCREENING,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** Carries out the strategy's decision on a new request: accept, follow up, ask, invite, decline or review. */
    public Transition screen(Screened screened, LifecycleSettings settings, Instant now) {
        if (state != RequestState.SCREENING) {
            return refuse("the request was screened already");
        }
        return ScreeningStep.apply(this, screened, settings, now);
    }

    /**
     * A message by the requester or the member. The requester's answer to a clarifying question opens a dialog and
     * clears the deadline; any other message leaves the state as it is (a declined request takes messages as if it
     * were pending, so that the decline stays silent).
     */
    public Transition messagePosted(MemberId author, String text, Instant now) {
        if (text == null || text.isBlank()) {
            return refuse("a message needs a text");
        }
        if (author.equals(recipient)) {
            return new Transition.Moved(
                    this,
                    List.of(new Effect.SendMessage(
                            recipient, sender, MessageKind.MESSAGE, new MessageBody.Text(text))));
        }
        if (!author.equals(sender)) {
            return refuse("only the requester and the member write in a request");
        }
        var reply = new Effect.SendMessage(sender, recipient, MessageKind.REPLY, new MessageBody.Text(text));
        if (state != RequestState.AWAITING_REPLY) {
            return new Transition.Moved(this, List.of(reply));
        }
        return new Transition.Moved(
                withState(RequestState.IN_DIALOG, Optional.empty()),
                List.of(
                        reply,
                        new Effect.ClearDeadline(),
                        new Effect.Audit(
                                new Actor.Member(sender),
                                "dialog opened",
                                "the requester answered; the member accepts or declines when the exchange proves"
                                        + " valuable")));
    }

    /** The reply deadline passed in silence: a silent decline, and one more unanswered question for the sender. */
    public Transition deadlinePassed(Instant now) {
        if (state != RequestState.AWAITING_REPLY || deadline.isEmpty()) {
            return refuse("only a request awaiting a reply has a deadline");
        }
        if (deadline.get().isAfter(now)) {
            return refuse("the deadline " + deadline.get() + " has not passed yet");
        }
        var effects = new ArrayList<Effect>();
        effects.add(new Effect.ClearDeadline());
        String why;
        if (askedAt.isPresent()) {
            effects.add(new Effect.CountUnansweredQuestion(sender));
            why = "no answer to the clarifying question by " + deadline.get();
        } else {
            why = "no message by " + deadline.get() + " (a question had been asked within the repeat period)";
        }
        return close(RequestState.DECLINED, DEADLINE, "declined silently", why, now, effects);
    }

    /** The member's own decision, at any state; it overrides the strategy and is recorded as the member's. */
    public Transition memberDecided(Verdict verdict, Instant now) {
        var target = switch (verdict) {
            case ACCEPT -> RequestState.ACCEPTED;
            case DECLINE -> RequestState.DECLINED;
        };
        if (state == target) {
            return new Transition.Moved(this, List.of());
        }
        if (state == RequestState.ACCEPTED) {
            return refuse("the request was accepted and the two are contacts; remove the contact instead");
        }
        var effects = new ArrayList<Effect>();
        if (deadline.isPresent()) {
            effects.add(new Effect.ClearDeadline());
        }
        if (target == RequestState.ACCEPTED) {
            effects.add(new Effect.ConfirmContact(recipient, sender));
        }
        String step = target == RequestState.ACCEPTED ? "accepted" : "declined silently";
        return close(
                target,
                new Actor.Member(recipient),
                step,
                "the member's decision (was " + state.wireName() + ")",
                now,
                effects);
    }

    /** The two have met {@code meetings} times; under a meet-in-person policy enough meetings accept the request. */
    public Transition meetingsCounted(int meetings, Instant now) {
        if (state != RequestState.AWAITING_MEETINGS || meetingsRequired.isEmpty()) {
            return refuse("only a request awaiting meetings is accepted by meetings");
        }
        int required = meetingsRequired.get();
        if (meetings < required) {
            return refuse("met " + meetings + " of " + required + " times");
        }
        return close(
                RequestState.ACCEPTED,
                MEETINGS,
                "accepted",
                "met " + meetings + " times; the policy asks for " + required,
                now,
                new ArrayList<>(List.of(new Effect.ConfirmContact(recipient, sender))));
    }

    Transition close(RequestState target, Actor actor, String step, String why, Instant now, List<Effect> effects) {
        var all = new ArrayList<>(effects);
        all.add(new Effect.Audit(actor, step, why));
        all.add(new Effect.EmitWebhook(
                EventType.REQUEST_DECIDED,
                Audience.RECIPIENT,
                Map.of("state", target.wireName(), "decidedBy", actor.label())));
        var closed = new ContactRequest(
                id,
                sender,
                recipient,
                target,
                Optional.empty(),
                askedAt,
                meetingsRequired,
                Optional.of(actor.label()),
                Optional.of(now));
        return new Transition.Moved(closed, all);
    }

    ContactRequest withState(RequestState next, Optional<Instant> nextDeadline) {
        return new ContactRequest(
                id, sender, recipient, next, nextDeadline, askedAt, meetingsRequired, decidedBy, decidedAt);
    }

    ContactRequest waitingForReply(Instant until, Optional<Instant> asked) {
        return new ContactRequest(
                id,
                sender,
                recipient,
                RequestState.AWAITING_REPLY,
                Optional.of(until),
                asked,
                meetingsRequired,
                decidedBy,
                decidedAt);
    }

    ContactRequest waitingForMeetings(int required) {
        return new ContactRequest(
                id,
                sender,
                recipient,
                RequestState.AWAITING_MEETINGS,
                Optional.empty(),
                askedAt,
                Optional.of(required),
                decidedBy,
                decidedAt);
    }

    private Transition refuse(String reason) {
        return new Transition.Refused(state, reason);
    }
}
