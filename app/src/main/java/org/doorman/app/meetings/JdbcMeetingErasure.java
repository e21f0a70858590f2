package org.doorman.app.meetings;

import org.doorman.core.lifecycle.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMeetingErasure implements MeetingErasure {

    private final JdbcClient jdbc;

    JdbcMeetingErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(MemberId memberId, MemberId formerMember) {
        jdbc.sql("DELETE FROM meetings WHERE member_id = ?")
                .param(memberId.value())
                .update();
        jdbc.sql("UPDATE meetings SET other_id = ? WHERE other_id = ?")
                .params(formerMember.value(), memberId.value())
                .update();
    }
}
