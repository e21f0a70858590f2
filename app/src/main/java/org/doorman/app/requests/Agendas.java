package org.doorman.app.requests;

import java.time.Instant;
import java.util.List;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;

/**
 * What waits for a member in their requests, for a digest: requests to review, dialogs where the requester wrote last,
 * follow-up tasks due, requests accepted and those declined silently since a point in time. Calls join the caller's
 * transaction.
 */
public interface Agendas {

    /** A request with what its requester wrote and when (sent, written or decided, by section). */
    record Item(RequestId requestId, MemberId requester, String text, Instant at) {}

    record DueTask(TaskId taskId, String title, Instant dueAt) {}

    record Agenda(
            List<Item> review, List<Item> answered, List<DueTask> tasks, List<Item> accepted, int declinedSilently) {
        public Agenda {
            review = List.copyOf(review);
            answered = List.copyOf(answered);
            tasks = List.copyOf(tasks);
            accepted = List.copyOf(accepted);
        }
    }

    /**
     * At most {@code perSection} of each, oldest first: what was decided after {@code since} counts, and tasks due before
     * {@code until}.
     */
    Agenda of(MemberId member, Instant since, Instant until, int perSection);
}
