package org.doorman.core.lifecycle;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.doorman.core.screening.Language;

/**
 * What a transition asks the app to do, as data. The app carries out all effects of a transition in the same
 * transaction as the state change (deliverable ones through the outbox).
 */
public sealed interface Effect {

    /** A message in the request's conversation; storing it also announces it as {@code message.created}. */
    record SendMessage(MemberId author, MemberId to, MessageKind kind, MessageBody body) implements Effect {
        public SendMessage {
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(body, "body");
        }
    }

    /** The request waits for an answer until {@code at}. */
    record SetDeadline(Instant at) implements Effect {
        public SetDeadline {
            Objects.requireNonNull(at, "at");
        }
    }

    record ClearDeadline() implements Effect {}

    /**
     * A task for the member ("get in touch with ...") due at {@code dueAt}, with a reminder at {@code remindAt}; its
     * title comes from the member's {@code follow_up_task} template in the member's language.
     */
    record CreateFollowUpTask(
            MemberId member,
            MemberId contact,
            Instant dueAt,
            Instant remindAt,
            Language language,
            Map<String, String> values)
            implements Effect {
        public CreateFollowUpTask {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(dueAt, "dueAt");
            Objects.requireNonNull(remindAt, "remindAt");
            Objects.requireNonNull(language, "language");
            values = Map.copyOf(values);
        }
    }

    /** The two members become contacts (both directions). */
    record ConfirmContact(MemberId member, MemberId other) implements Effect {
        public ConfirmContact {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(other, "other");
        }
    }

    /** The requester left a clarifying question unanswered: one more sign of a contact collector. */
    record CountUnansweredQuestion(MemberId sender) implements Effect {
        public CountUnansweredQuestion {
            Objects.requireNonNull(sender, "sender");
        }
    }

    /** A webhook event for the operator's hooks; the app adds the request's ids to {@code data}. */
    record EmitWebhook(EventType type, Audience audience, Map<String, String> data) implements Effect {
        public EmitWebhook {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(audience, "audience");
            data = Map.copyOf(data);
        }
    }

    /** A line in the audit trail: who or which rule took which step, and why. */
    record Audit(Actor actor, String step, String detail) implements Effect {
        public Audit {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(step, "step");
            detail = detail == null ? "" : detail;
        }
    }
}
