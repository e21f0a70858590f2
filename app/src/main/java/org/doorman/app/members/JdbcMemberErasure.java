package org.doorman.app.members;

import org.doorman.core.lifecycle.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMemberErasure implements MemberErasure {

    private static final FormerMember FORMER_MEMBER =
            new FormerMember(new MemberId("former-member"), "a former member");

    private final JdbcClient jdbc;

    JdbcMemberErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean erasable(MemberId memberId) {
        return !FORMER_MEMBER.id().equals(memberId)
                && jdbc.sql("SELECT COUNT(*) FROM members WHERE id = ?")
                                .param(memberId.value())
                                .query(Long.class)
                                .single()
                        > 0;
    }

    @Override
    public FormerMember formerMember() {
        jdbc.sql("""
                        INSERT INTO members (id, handle, name, language, offers, seeks, interests, created_at)
                        VALUES (?, '~former-member', ?, 'en', '[]', '[]', '[]', 0) ON CONFLICT (id) DO NOTHING""").params(FORMER_MEMBER.id().value(), FORMER_MEMBER.name()).update();
        return FORMER_MEMBER;
    }

    @Override
    public void erase(MemberId memberId) {
        jdbc.sql("DELETE FROM profile_visits WHERE visitor_id = ? OR visited_id = ?")
                .params(memberId.value(), memberId.value())
                .update();
        jdbc.sql("DELETE FROM members WHERE id = ?").param(memberId.value()).update();
    }
}
