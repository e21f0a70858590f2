package org.doorman.app.members;

import java.time.Instant;
import java.util.List;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The member's profile and groups, as {@code profile.json} of their export. */
@Repository
class JdbcProfileData implements PersonalData {

    record ExportedProfile(
            String id,
            String handle,
            String name,
            String language,
            String headline,
            String about,
            Object offers,
            Object seeks,
            Object interests,
            String company,
            String email,
            Instant createdAt,
            List<String> groups) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcProfileData(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public List<Part> of(MemberId memberId) {
        var groups = jdbc.sql("""
                        SELECT g.name FROM memberships ms JOIN member_groups g ON g.id = ms.group_id
                        WHERE ms.member_id = ? ORDER BY g.name""").param(memberId.value()).query(String.class).list();
        var profile = jdbc.sql("""
                        SELECT id, handle, name, language, headline, about, offers, seeks, interests, company, email,
                               created_at
                        FROM members WHERE id = ?""")
                .param(memberId.value())
                .query((rs, row) -> new ExportedProfile(
                        rs.getString("id"),
                        rs.getString("handle"),
                        rs.getString("name"),
                        rs.getString("language"),
                        rs.getString("headline"),
                        rs.getString("about"),
                        PersonalData.jsonOrText(json, rs.getString("offers")),
                        PersonalData.jsonOrText(json, rs.getString("seeks")),
                        PersonalData.jsonOrText(json, rs.getString("interests")),
                        rs.getString("company"),
                        rs.getString("email"),
                        Instant.ofEpochMilli(rs.getLong("created_at")),
                        groups))
                .single();
        return List.of(new File("profile.json", profile));
    }
}
