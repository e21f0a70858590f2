package org.doorman.app.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
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
    public String add(
            MemberId member,
            RequestId request,
            MemberId contact,
            String title,
            Instant dueAt,
            Instant remindAt,
            Instant at) {
        String id = Ids.next("task");
        jdbc.sql("""
                        INSERT INTO follow_up_tasks (id, member_id, request_id, contact_id, title, due_at, remind_at,
                        created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        member.value(),
                        request.value(),
                        contact.value(),
                        title,
                        dueAt.toEpochMilli(),
                        remindAt.toEpochMilli(),
                        at.toEpochMilli())
                .update();
        return id;
    }

    /** The member's tasks, open ones first by due date, then done ones, newest first. */
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
    public Optional<Task> find(MemberId member, String taskId) {
        return withContactNames(jdbc.sql("""
                        SELECT t.* FROM follow_up_tasks t
                        WHERE t.member_id = ? AND t.id = ?""")
                        .params(member.value(), taskId)
                        .query(JdbcTasks::row)
                        .list())
                .stream()
                .findFirst();
    }

    @Override
    public void markDone(String taskId, Instant at) {
        jdbc.sql("UPDATE follow_up_tasks SET done_at = ? WHERE id = ? AND done_at IS NULL")
                .params(at.toEpochMilli(), taskId)
                .update();
    }

    /** The contacts' names come from the members capability, in one statement for the whole list. */
    private List<Task> withContactNames(List<Task> tasks) {
        var named = names.of(tasks.stream()
                .map(Task::contactId)
                .filter(Objects::nonNull)
                .map(MemberId::new)
                .toList());
        return tasks.stream()
                .map(t -> t.contactId() == null ? t : withContactName(t, named.get(new MemberId(t.contactId()))))
                .toList();
    }

    private static Task withContactName(Task t, String name) {
        return new Task(
                t.id(),
                t.memberId(),
                t.requestId(),
                t.contactId(),
                name,
                t.title(),
                t.dueAt(),
                t.remindAt(),
                t.doneAt(),
                t.createdAt());
    }

    private static Task row(ResultSet rs, int row) throws SQLException {
        return new Task(
                rs.getString("id"),
                rs.getString("member_id"),
                rs.getString("request_id"),
                rs.getString("contact_id"),
                null, // the contact's name: see withContactNames
                rs.getString("title"),
                Instant.ofEpochMilli(rs.getLong("due_at")),
                Optional.ofNullable(JdbcRequests.instant(rs, "remind_at")),
                Optional.ofNullable(JdbcRequests.instant(rs, "done_at")),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
