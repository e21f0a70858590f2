package org.doorman.app.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.doorman.core.lifecycle.MemberId;

/** {@link Tasks} in memory; the contact's name is not known here. */
final class InMemoryTasks implements Tasks {

    private final List<Task> tasks = new ArrayList<>();

    @Override
    public synchronized TaskId add(NewTask task, Instant at) {
        var id = new TaskId("task_" + (tasks.size() + 1));
        tasks.add(new Task(
                id,
                task.member(),
                Optional.of(task.request()),
                Optional.of(task.contact()),
                null,
                task.title(),
                task.dueAt(),
                Optional.of(task.remindAt()),
                Optional.empty(),
                at));
        return id;
    }

    @Override
    public synchronized List<Task> of(MemberId member, boolean onlyOpen) {
        return tasks.stream()
                .filter(t -> t.member().equals(member))
                .filter(t -> !onlyOpen || t.doneAt().isEmpty())
                .sorted(Comparator.comparing((Task t) -> t.doneAt().isPresent()).thenComparing(Task::dueAt))
                .toList();
    }

    @Override
    public synchronized Optional<Task> find(MemberId member, TaskId taskId) {
        return tasks.stream()
                .filter(t -> t.member().equals(member) && t.id().equals(taskId))
                .findFirst();
    }

    @Override
    public synchronized void markDone(TaskId taskId, Instant at) {
        tasks.replaceAll(t -> t.id().equals(taskId) && t.doneAt().isEmpty()
                ? new Task(
                        t.id(),
                        t.member(),
                        t.request(),
                        t.contact(),
                        t.contactName(),
                        t.title(),
                        t.dueAt(),
                        t.remindAt(),
                        Optional.of(at),
                        t.createdAt())
                : t);
    }
}
