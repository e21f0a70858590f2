package org.doorman.app.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcEvents implements Events {

    private static final String COLUMNS = "id, title, starts_at, location, official, ends_at";

    private final JdbcClient jdbc;

    JdbcEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<EventView> nextOfficial(Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM events WHERE official = TRUE AND starts_at >= ?"
                        + " ORDER BY starts_at, id LIMIT 1")
                .param(now.toEpochMilli())
                .query(JdbcEvents::event)
                .optional();
    }

    @Override
    public List<EventView> official(Instant from, Instant to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM events WHERE official = TRUE AND starts_at >= ? AND starts_at < ?"
                        + " ORDER BY starts_at, id")
                .params(from.toEpochMilli(), to.toEpochMilli())
                .query(JdbcEvents::event)
                .list();
    }

    @Override
    public Optional<EventView> find(EventId eventId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM events WHERE id = ?")
                .param(eventId.value())
                .query(JdbcEvents::event)
                .optional();
    }

    void add(EventView event) {
        jdbc.sql("INSERT INTO events (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        event.id(),
                        event.title(),
                        event.startsAt().toEpochMilli(),
                        event.location().isEmpty() ? null : event.location(),
                        event.official(),
                        event.endsAt().toEpochMilli())
                .update();
    }

    /** Events that start at or after {@code from}, soonest first. */
    List<EventView> upcoming(Instant from, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM events WHERE starts_at >= ? ORDER BY starts_at, id LIMIT ?")
                .params(from.toEpochMilli(), limit)
                .query(JdbcEvents::event)
                .list();
    }

    private static EventView event(ResultSet rs, int row) throws SQLException {
        String location = rs.getString("location");
        long endsAt = rs.getLong("ends_at");
        return new EventView(
                rs.getString("id"),
                rs.getString("title"),
                Instant.ofEpochMilli(rs.getLong("starts_at")),
                location == null ? "" : location,
                rs.getBoolean("official"),
                rs.wasNull() ? null : Instant.ofEpochMilli(endsAt));
    }
}
