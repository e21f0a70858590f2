package org.doorman.app.digest;

import java.time.Instant;
import java.util.List;
import org.doorman.app.requests.TaskId;
import org.doorman.core.lifecycle.RequestId;

/** What waits for a member: the content of one digest, before it is put into words. */
record Digest(List<Item> review, List<Item> answered, List<Task> tasks, List<Item> accepted, int declinedSilently) {

    /** A request: who sent it and the start of what they wrote (the requester's words, to be escaped). */
    record Item(RequestId requestId, String requester, String excerpt, Instant at) {}

    record Task(TaskId taskId, String title, Instant dueAt) {}

    Digest {
        review = List.copyOf(review);
        answered = List.copyOf(answered);
        tasks = List.copyOf(tasks);
        accepted = List.copyOf(accepted);
    }

    /** A count of silent declines alone asks nothing of the member: no digest for it. */
    boolean nothingWaits() {
        return review.isEmpty() && answered.isEmpty() && tasks.isEmpty() && accepted.isEmpty();
    }

    int items() {
        return review.size() + answered.size() + tasks.size() + accepted.size();
    }
}
