package org.doorman.app.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorman.app.contacts.Contacts;
import org.doorman.app.senders.SenderActivity;
import org.doorman.app.strategy.MessageTemplates;
import org.doorman.app.webhooks.Outbox;
import org.doorman.core.lifecycle.Audience;
import org.doorman.core.lifecycle.ContactRequest;
import org.doorman.core.lifecycle.Effect;
import org.doorman.core.lifecycle.EventType;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.MessageBody;
import org.doorman.core.lifecycle.MessageKind;
import org.doorman.core.lifecycle.Purpose;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Carries out a transition's effects in the caller's transaction, next to the stored state change: messages, tasks
 * and contacts are written, webhook events go to the outbox, steps to the audit trail. Storing a message, a task or
 * a contact also announces it ({@code message.created}, {@code task.created} plus a {@code task.reminder} due at the
 * reminder time, {@code contact.confirmed}). Deadlines are part of the stored state itself.
 */
@Component
class EffectApplier {

    private final Requests requests;
    private final Conversations conversation;
    private final Tasks tasks;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Contacts contacts;
    private final MessageTemplates templates;
    private final ApplicationEventPublisher events;

    EffectApplier(
            Requests requests,
            Conversations conversation,
            Tasks tasks,
            AuditTrail audit,
            Outbox outbox,
            Contacts contacts,
            MessageTemplates templates,
            ApplicationEventPublisher events) {
        this.events = events;
        this.requests = requests;
        this.conversation = conversation;
        this.tasks = tasks;
        this.audit = audit;
        this.outbox = outbox;
        this.contacts = contacts;
        this.templates = templates;
    }

    void apply(ContactRequest request, List<Effect> effects, Instant now) {
        // the steps go to the audit trail together, in one statement, after the effects they record
        var steps = new ArrayList<AuditTrail.Step>();
        for (Effect effect : effects) {
            switch (effect) {
                case Effect.SendMessage send -> {
                    String text = text(send.author(), send.body());
                    boolean hidden = hiddenFromMember(request, send.author());
                    var message = conversation.add(request.id(), send.author(), send.kind(), text, now, hidden);
                    announce(request, send, now);
                    var data = ids(request);
                    data.put("messageId", message.id());
                    data.put("authorId", message.author().value());
                    data.put("kind", message.kind());
                    data.put("body", text);
                    // A hidden message is announced to its author's side exactly as a shown one, and to nobody else.
                    outbox.emit(
                            EventType.MESSAGE_CREATED,
                            hidden ? Audience.REQUESTER : Audience.BOTH,
                            hidden ? send.author() : send.to(),
                            data,
                            now,
                            now);
                }
                case Effect.SetDeadline set -> {
                    // stored with the request's state
                }
                case Effect.ClearDeadline clear -> {
                    // stored with the request's state
                }
                case Effect.CreateFollowUpTask task -> {
                    String title =
                            templates.render(task.member(), Purpose.FOLLOW_UP_TASK, task.language(), task.values());
                    TaskId taskId = tasks.add(
                            new Tasks.NewTask(
                                    task.member(), request.id(), task.contact(), title, task.dueAt(), task.remindAt()),
                            now);
                    var data = ids(request);
                    data.put("taskId", taskId.value());
                    data.put("title", title);
                    data.put("dueAt", task.dueAt().toString());
                    outbox.emit(EventType.TASK_CREATED, Audience.RECIPIENT, task.member(), data, now, now);
                    outbox.emit(EventType.TASK_REMINDER, Audience.RECIPIENT, task.member(), data, now, task.remindAt());
                }
                case Effect.ConfirmContact confirm -> {
                    contacts.confirm(confirm.member(), confirm.other(), request.id(), now);
                    outbox.emit(EventType.CONTACT_CONFIRMED, Audience.BOTH, confirm.member(), ids(request), now, now);
                }
                case Effect.CountUnansweredQuestion unanswered -> requests.markUnanswered(request.id(), now);
                case Effect.EmitWebhook hook -> {
                    var data = ids(request);
                    data.putAll(hook.data());
                    outbox.emit(hook.type(), hook.audience(), request.recipient(), data, now, now);
                }
                case Effect.Audit step ->
                    steps.add(new AuditTrail.Step(step.actor().label(), step.step(), step.detail()));
            }
        }
        audit.add(request.recipient(), request.id(), now, steps);
    }

    /** Tells the sender's record of a clarifying question, or of the sender writing (which answers one). */
    private void announce(ContactRequest request, Effect.SendMessage send, Instant now) {
        if (send.kind() == MessageKind.CLARIFYING_QUESTION) {
            events.publishEvent(new SenderActivity.QuestionAsked(request.id(), now));
        } else if (send.author().equals(request.sender()) && send.kind() != MessageKind.REQUEST) {
            events.publishEvent(new SenderActivity.SenderWrote(request.id(), now));
        }
    }

    /**
     * Whether the member must not be shown this message: the requester wrote it after the request was declined (by the
     * member or for them), or in the request that made them contacts after the other side silently removed them.
     */
    private boolean hiddenFromMember(ContactRequest request, MemberId author) {
        var other = author.equals(request.sender()) ? request.recipient() : request.sender();
        return switch (request.state()) {
            case DECLINED -> author.equals(request.sender());
            case ACCEPTED -> contacts.removedAt(other, author).isPresent() && !contacts.connected(other, author);
            default -> false;
        };
    }

    private String text(MemberId author, MessageBody body) {
        return switch (body) {
            case MessageBody.Text text -> text.text();
            case MessageBody.Template template ->
                templates.render(author, template.purpose(), template.language(), template.values());
        };
    }

    private static Map<String, Object> ids(ContactRequest request) {
        var data = new LinkedHashMap<String, Object>();
        data.put("requestId", request.id().value());
        data.put("senderId", request.sender().value());
        data.put("recipientId", request.recipient().value());
        return data;
    }
}
