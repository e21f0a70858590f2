package org.doorman.app.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;

/** {@link Tasks} in memory; the contact's name is not known here. */
final class InMemoryTasks implements Tasks {

    private final List<Task> tasks = new ArrayList<>();

    @Override
    public synchronized String add(
            MemberId member,
            RequestId request,
            MemberId contact,
            String title,
            Instant dueAt,
            Instant remindAt,
            Instant at) {
        String id = "task_" + (tasks.size() + 1);
        tasks.add(new Task(
                id,
                member.value(),
                request.value(),
                contact.value(),
                null,
                title,
                dueAt,
                Optional.of(remindAt),
                Optional.empty(),
                at));
        return id;
    }

    @Override
    public synchronized List<Task> of(MemberId member, boolean onlyOpen) {
        return tasks.stream()
                .filter(t -> t.memberId().equals(member.value()))
                .filter(t -> !onlyOpen || t.doneAt().isEmpty())
                .sorted(Comparator.comparing((Task t) -> t.doneAt().isPresent()).thenComparing(Task::dueAt))
                .toList();
    }

    @Override
    public synchronized Optional<Task> find(MemberId member, String taskId) {
        return tasks.stream()
                .filter(t -> t.memberId().equals(member.value()) && t.id().equals(taskId))
                .findFirst();
    }

    @Override
    public synchronized void markDone(String taskId, Instant at) {
        tasks.replaceAll(t -> t.id().equals(taskId) && t.doneAt().isEmpty()
                ? new Task(
                        t.id(),
                        t.memberId(),
                        t.requestId(),
                        t.contactId(),
                        t.contactName(),
                        t.title(),
                        t.dueAt(),
                        t.remindAt(),
                        Optional.of(at),
                        t.createdAt())
                : t);
    }
}
