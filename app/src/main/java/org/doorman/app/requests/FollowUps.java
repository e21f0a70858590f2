package org.doorman.app.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/** The member's follow-up tasks, for the API and the tasks page alike. */
@Service
public class FollowUps {

    private final Tasks tasks;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FollowUps(Tasks tasks, TransactionTemplate transactions, Clock clock) {
        this.tasks = tasks;
        this.transactions = transactions;
        this.clock = clock;
    }

    List<Tasks.Task> of(MemberId member, boolean onlyOpen) {
        return tasks.of(member, onlyOpen);
    }

    /** Marks the member's task done; 404 when it is not theirs. */
    Tasks.Task done(MemberId member, TaskId taskId) {
        return transactions.execute(status -> {
            tasks.find(member, taskId).orElseThrow(() -> noTask(taskId.value()));
            tasks.markDone(taskId, clock.instant());
            return tasks.find(member, taskId).orElseThrow();
        });
    }

    /**
     * Marks the member's follow-up task of the request done at {@code at}; nothing when there is none. For history
     * written after the fact (the demo's task done weeks ago): a member marks a task done now, by its id.
     */
    public void doneAt(MemberId member, RequestId request, Instant at) {
        transactions.executeWithoutResult(status -> tasks.of(member, true).stream()
                .filter(task -> task.request().filter(request::equals).isPresent())
                .forEach(task -> tasks.markDone(task.id(), at)));
    }

    /**
     * The task a caller named in a path; a text that cannot be a task id is answered as a task that is not the
     * caller's, with the same 404.
     */
    static TaskId named(String id) {
        return TaskId.fromCaller(id).orElseThrow(() -> noTask(id));
    }

    private static ErrorResponseException noTask(String id) {
        return RequestProblems.of(HttpStatus.NOT_FOUND, "There is no task " + id + " of yours.");
    }
}
