package org.doorman.app.requests;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;

/** The members' follow-up tasks, one per accepted request. */
interface Tasks {

    /** A stored task; one written by other means than a request may name no request and no contact. */
    record Task(
            TaskId id,
            MemberId member,
            Optional<RequestId> request,
            Optional<MemberId> contact,
            String contactName,
            String title,
            Instant dueAt,
            Optional<Instant> remindAt,
            Optional<Instant> doneAt,
            Instant createdAt) {}

    /** A task to store: the member's follow-up with {@code contact} after the request, due and reminded when. */
    record NewTask(
            MemberId member, RequestId request, MemberId contact, String title, Instant dueAt, Instant remindAt) {}

    /** Stores a task and answers its id. */
    TaskId add(NewTask task, Instant at);

    /** The member's tasks, open ones first by due date, then done ones, newest first. */
    List<Task> of(MemberId member, boolean onlyOpen);

    Optional<Task> find(MemberId member, TaskId taskId);

    void markDone(TaskId taskId, Instant at);
}
