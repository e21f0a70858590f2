package org.doorman.app.requests;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;

/** What the API answers about requests, messages and tasks. */
final class Views {

    private Views() {}

    /** The sender's or the recipient's view of a request. */
    sealed interface RequestView permits RecipientView, SenderView {}

    record Party(String id, String name) {}

    record MessageView(String id, String author, String kind, String body, Instant sentAt) {
        static MessageView from(Conversations.Message message) {
            return new MessageView(
                    message.id(), message.author().value(), message.kind(), message.body(), message.sentAt());
        }
    }

    record SignalView(String name, double weight, String evidence) {}

    record HistoryEntry(Instant at, String actor, String step, String detail) {
        static HistoryEntry from(AuditTrail.Entry entry) {
            return new HistoryEntry(entry.at(), entry.actor(), entry.step(), entry.detail());
        }
    }

    /**
     * Everything about a request, for its recipient: what screening found (category, confidence, signals with their
     * evidence), what the strategy did and why (action, rule, explanation), who decided, the conversation and the
     * audit trail.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RecipientView(
            String id,
            String state,
            Party sender,
            Party recipient,
            String message,
            Instant sentAt,
            String language,
            @JsonUnwrapped ScreeningView screening,
            List<SignalView> signals,
            Instant deadline,
            Integer meetingsRequired,
            String decidedBy,
            Instant decidedAt,
            List<MessageView> messages,
            List<HistoryEntry> history)
            implements RequestView {}

    /** A request as its sender sees it: {@code pending} or {@code accepted}, never how it was screened or declined. */
    record SenderView(
            String id, String state, Party recipient, String message, Instant sentAt, List<MessageView> messages)
            implements RequestView {}

    /** A line of the inbox. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InboxItem(
            String id,
            String state,
            Party sender,
            String message,
            Instant sentAt,
            String category,
            String action,
            String rule,
            Instant deadline,
            String decidedBy) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TaskView(
            String id,
            String title,
            Party contact,
            String requestId,
            Instant dueAt,
            Instant remindAt,
            Instant doneAt,
            Instant createdAt) {
        static TaskView from(Tasks.Task task) {
            return new TaskView(
                    task.id().value(),
                    task.title(),
                    new Party(task.contact().map(MemberId::value).orElse(null), task.contactName()),
                    task.request().map(RequestId::value).orElse(null),
                    task.dueAt(),
                    task.remindAt().orElse(null),
                    task.doneAt().orElse(null),
                    task.createdAt());
        }
    }

    /** The message's length is checked by the desk against the configured maximum (413). */
    record NewRequest(@NotBlank(message = RECIPIENT) String recipient, String message) {}

    record NewMessage(
            @NotBlank(message = "is missing: write the message's text")
            String body) {}

    /** Body of a report: {@code unknown_person} or {@code spam}. */
    record NewReport(
            @NotNull(message = REASON) @Pattern(regexp = "\\s*(unknown_person|spam)\\s*", message = REASON)
            String reason) {}

    record NewDecision(
            @NotNull(message = ACTION) @Pattern(regexp = "\\s*(accept|decline)\\s*", message = ACTION)
            String action) {}

    static final String RECIPIENT = "is missing: give the id of the member the request is for";
    private static final String REASON = "must say \"unknown_person\" or \"spam\"";
    private static final String ACTION = "must say \"accept\" or \"decline\"";
}
