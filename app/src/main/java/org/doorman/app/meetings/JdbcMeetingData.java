package org.doorman.app.meetings;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.doorman.app.events.EventId;
import org.doorman.app.events.EventView;
import org.doorman.app.events.Events;
import org.doorman.app.members.MemberNames;
import org.doorman.app.members.PersonalData;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The meetings in person the member recorded, as {@code meetings.json}: with whom, when and at which event. */
@Repository
class JdbcMeetingData implements PersonalData {

    record ExportedMeeting(
            String id,
            String otherId,
            String otherName,
            Instant metAt,
            String eventId,
            String eventTitle,
            Instant recordedAt) {}

    private record Stored(String id, MemberId other, Instant metAt, String eventId, Instant recordedAt) {}

    private final JdbcClient jdbc;
    private final MemberNames names;
    private final Events events;

    JdbcMeetingData(JdbcClient jdbc, MemberNames names, Events events) {
        this.jdbc = jdbc;
        this.names = names;
        this.events = events;
    }

    @Override
    public List<Part> of(MemberId memberId) {
        var stored = jdbc.sql("""
                        SELECT id, other_id, met_at, event_id, recorded_at FROM meetings WHERE member_id = ?
                        ORDER BY met_at""")
                .param(memberId.value())
                .query((rs, row) -> new Stored(
                        rs.getString("id"),
                        new MemberId(rs.getString("other_id")),
                        Instant.ofEpochMilli(rs.getLong("met_at")),
                        rs.getString("event_id"),
                        Instant.ofEpochMilli(rs.getLong("recorded_at"))))
                .list();
        var otherNames = names.of(stored.stream().map(Stored::other).toList());
        var titles = new HashMap<String, String>();
        var meetings = stored.stream()
                .map(meeting -> new ExportedMeeting(
                        meeting.id(),
                        meeting.other().value(),
                        otherNames.get(meeting.other()),
                        meeting.metAt(),
                        meeting.eventId(),
                        meeting.eventId() == null
                                ? null
                                : titles.computeIfAbsent(
                                        meeting.eventId(),
                                        id -> events.find(new EventId(id))
                                                .map(EventView::title)
                                                .orElse(null)),
                        meeting.recordedAt()))
                .toList();
        return List.of(new File("meetings.json", meetings));
    }
}
