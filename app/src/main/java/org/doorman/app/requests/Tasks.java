package org.doorman.app.requests;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The members' follow-up tasks, one per accepted request. */
interface Tasks {

    record Task(
            String id,
            String memberId,
            String requestId,
            String contactId,
            String contactName,
            String title,
            Instant dueAt,
            Optional<Instant> remindAt,
            Optional<Instant> doneAt,
            Instant createdAt) {}

    /** Stores a task for the member and answers its id. */
    String add(
            String memberId,
            String requestId,
            String contactId,
            String title,
            Instant dueAt,
            Instant remindAt,
            Instant at);

    /** The member's tasks, open ones first by due date, then done ones, newest first. */
    List<Task> of(String memberId, boolean onlyOpen);

    Optional<Task> find(String memberId, String taskId);

    void markDone(String taskId, Instant at);
}
