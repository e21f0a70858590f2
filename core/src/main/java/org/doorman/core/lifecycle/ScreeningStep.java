package org.doorman.core.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doorman.core.strategy.Decision;

/** The first step of a request's life: carrying out what the recipient's strategy decided. */
final class ScreeningStep {
    private ScreeningStep() {}

    static Transition apply(ContactRequest request, Screened screened, LifecycleSettings settings, Instant now) {
        Decision decision = screened.decision();
        var rule = new Actor.Rule(decision.ruleId(), decision.rule());
        var screenedAudit = new Effect.Audit(
                rule,
                "screened",
                decision.category().wireName() + " (confidence "
                        + String.format(java.util.Locale.ROOT, "%.2f", decision.confidence()) + ") -> "
                        + decision.action().wireName() + ": " + decision.rule()
                        + (decision.reason().isEmpty() ? "" : "; " + decision.reason()));
        var moved = (Transition.Moved)
                switch (decision.action()) {
                    case ACCEPT ->
                        request.close(RequestState.ACCEPTED, rule, "accepted", decision.rule(), now, confirm(request));
                    case ACCEPT_AND_FOLLOW_UP -> acceptAndFollowUp(request, screened, settings, rule, now);
                    case ASK -> ask(request, screened, settings, rule, now);
                    case INVITE_TO_EVENT -> invite(request, screened, settings, rule, now);
                    case DECLINE ->
                        request.close(
                                RequestState.DECLINED, rule, "declined silently", decision.rule(), now, List.of());
                    case REVIEW ->
                        new Transition.Moved(
                                request.withState(RequestState.REVIEW, java.util.Optional.empty()),
                                List.of(new Effect.Audit(
                                        rule,
                                        "waits for the member",
                                        decision.reason().isEmpty() ? decision.rule() : decision.reason())));
                };
        var effects = new ArrayList<Effect>();
        effects.add(screenedAudit);
        effects.addAll(moved.effects());
        effects.add(new Effect.EmitWebhook(
                EventType.REQUEST_RECEIVED,
                Audience.RECIPIENT,
                Map.of(
                        "state", moved.request().state().wireName(),
                        "category", decision.category().wireName(),
                        "action", decision.action().wireName(),
                        "rule", decision.rule())));
        return new Transition.Moved(moved.request(), effects);
    }

    private static List<Effect> confirm(ContactRequest request) {
        return List.of(new Effect.ConfirmContact(request.recipient(), request.sender()));
    }

    private static Transition acceptAndFollowUp(
            ContactRequest request, Screened screened, LifecycleSettings settings, Actor rule, Instant now) {
        Instant due = now.plus(settings.followUpDue());
        var task = new Effect.CreateFollowUpTask(
                request.recipient(),
                request.sender(),
                due,
                due.minus(settings.followUpReminder()),
                screened.taskLanguage(),
                Map.of("requester", screened.requesterName(), "member", screened.memberName(), "due", due.toString()));
        var effects = new ArrayList<Effect>(confirm(request));
        effects.add(task);
        return request.close(
                RequestState.ACCEPTED, rule, "accepted", screened.decision().rule(), now, effects);
    }

    private static Transition ask(
            ContactRequest request, Screened screened, LifecycleSettings settings, Actor rule, Instant now) {
        Instant deadline = now.plus(settings.replyDeadline());
        var lastQuestion = screened.lastQuestionToRequester();
        boolean askedRecently = lastQuestion.isPresent()
                && lastQuestion.get().plus(settings.askRepeatPeriod()).isAfter(now);
        if (askedRecently) {
            return new Transition.Moved(
                    request.waitingForReply(deadline, java.util.Optional.empty()),
                    List.of(
                            new Effect.SetDeadline(deadline),
                            new Effect.Audit(
                                    rule,
                                    "waits silently",
                                    "this requester was asked a clarifying question at " + lastQuestion.get()
                                            + ", within the repeat period of " + settings.askRepeatPeriod()
                                            + "; no new question, declined at " + deadline + " unless they write")));
        }
        var question = new Effect.SendMessage(
                request.recipient(),
                request.sender(),
                MessageKind.CLARIFYING_QUESTION,
                new MessageBody.Template(
                        Purpose.clarifying(screened.decision().category()),
                        screened.messageLanguage(),
                        Map.of("requester", screened.requesterName(), "member", screened.memberName())));
        return new Transition.Moved(
                request.waitingForReply(deadline, java.util.Optional.of(now)),
                List.of(
                        question,
                        new Effect.SetDeadline(deadline),
                        new Effect.Audit(rule, "asked", "a clarifying question; answer expected by " + deadline)));
    }

    private static Transition invite(
            ContactRequest request, Screened screened, LifecycleSettings settings, Actor rule, Instant now) {
        int required = screened.decision().meetingsRequired().orElse(settings.meetingsRequired());
        if (screened.meetingsSoFar() >= required) {
            return request.close(
                    RequestState.ACCEPTED,
                    rule,
                    "accepted",
                    "met " + screened.meetingsSoFar() + " times already; the policy asks for " + required,
                    now,
                    confirm(request));
        }
        var language = screened.messageLanguage();
        var values = new HashMap<String, String>();
        values.put("requester", screened.requesterName());
        values.put("member", screened.memberName());
        values.put("policy", screened.policy().getOrDefault(language, ""));
        values.put("meetings", Integer.toString(required));
        screened.nextEvent().ifPresent(event -> {
            values.put("eventTitle", event.title());
            values.put("eventStartsAt", event.startsAt().toString());
            values.put("eventLocation", event.location());
        });
        var invitation = new Effect.SendMessage(
                request.recipient(),
                request.sender(),
                MessageKind.INVITATION,
                new MessageBody.Template(Purpose.INVITE_TO_EVENT, language, values));
        return new Transition.Moved(
                request.waitingForMeetings(required),
                List.of(
                        invitation,
                        new Effect.Audit(
                                rule,
                                "invited",
                                "accepted after " + required + " meetings in person"
                                        + screened.nextEvent()
                                                .map(e -> "; proposed " + e.title() + " on " + e.startsAt())
                                                .orElse("; no official event planned"))));
    }
}
