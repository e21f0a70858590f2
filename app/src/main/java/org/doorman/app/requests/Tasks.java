package org.doorman.app.requests;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;

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
            MemberId member,
            RequestId request,
            MemberId contact,
            String title,
            Instant dueAt,
            Instant remindAt,
            Instant at);

    /** The member's tasks, open ones first by due date, then done ones, newest first. */
    List<Task> of(MemberId member, boolean onlyOpen);

    Optional<Task> find(MemberId member, String taskId);

    void markDone(String taskId, Instant at);
}
