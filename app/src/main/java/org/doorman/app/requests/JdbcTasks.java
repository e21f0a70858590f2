package org.doorman.app.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorman.app.ids.Ids;
import org.doorman.app.members.MemberNames;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The members' follow-up tasks (follow_up_tasks). Calls join the caller's transaction. */
@Repository
class JdbcTasks implements Tasks {

    private final JdbcClient jdbc;
    private final MemberNames names;

    JdbcTasks(JdbcClient jdbc, MemberNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    @Override
    public TaskId add(NewTask task, Instant at) {
        var id = new TaskId(Ids.next("task"));
        jdbc.sql("""
                        INSERT INTO follow_up_tasks (id, member_id, request_id, contact_id, title, due_at, remind_at,
                        created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id.value(),
                        task.member().value(),
                        task.request().value(),
                        task.contact().value(),
                        task.title(),
                        task.dueAt().toEpochMilli(),
                        task.remindAt().toEpochMilli(),
                        at.toEpochMilli())
                .update();
        return id;
    }

    @Override
    public List<Task> of(MemberId member, boolean onlyOpen) {
        return withContactNames(jdbc.sql("""
                        SELECT t.* FROM follow_up_tasks t
                        WHERE t.member_id = ?""" + (onlyOpen ? " AND t.done_at IS NULL" : "")
                        + " ORDER BY CASE WHEN t.done_at IS NULL THEN 0 ELSE 1 END, t.due_at, t.id")
                .param(member.value())
                .query(JdbcTasks::row)
                .list());
    }

    @Override
    public Optional<Task> find(MemberId member, TaskId taskId) {
        return withContactNames(jdbc.sql("""
                        SELECT t.* FROM follow_up_tasks t
                        WHERE t.member_id = ? AND t.id = ?""")
                        .params(member.value(), taskId.value())
                        .query(JdbcTasks::row)
                        .list())
                .stream()
                .findFirst();
    }

    @Override
    public void markDone(TaskId taskId, Instant at) {
        jdbc.sql("UPDATE follow_up_tasks SET done_at = ? WHERE id = ? AND done_at IS NULL")
                .params(at.toEpochMilli(), taskId.value())
                .update();
    }

    /** The contacts' names come from the members capability, in one statement for the whole list. */
    private List<Task> withContactNames(List<Task> tasks) {
        var named = names.of(
                tasks.stream().flatMap(t -> t.contact().stream()).distinct().toList());
        return tasks.stream()
                .map(t -> t.contact().map(c -> withContactName(t, named.get(c))).orElse(t))
                .toList();
    }

    private static Task withContactName(Task t, String name) {
        return new Task(
                t.id(),
                t.member(),
                t.request(),
                t.contact(),
                name,
                t.title(),
                t.dueAt(),
                t.remindAt(),
                t.doneAt(),
                t.createdAt());
    }

    private static Task row(ResultSet rs, int row) throws SQLException {
        return new Task(
                new TaskId(rs.getString("id")),
                new MemberId(rs.getString("member_id")),
                Optional.ofNullable(rs.getString("request_id")).map(RequestId::new),
                Optional.ofNullable(rs.getString("contact_id")).map(MemberId::new),
                null, // the contact's name: see withContactNames
                rs.getString("title"),
                Instant.ofEpochMilli(rs.getLong("due_at")),
                Optional.ofNullable(JdbcRequests.instant(rs, "remind_at")),
                Optional.ofNullable(JdbcRequests.instant(rs, "done_at")),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
