package org.doorman.app.members;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.doorman.app.ids.Ids;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Members, their credentials, tokens, groups and profile visits in SQL that SQLite and PostgreSQL share. */
@Repository
class JdbcMembers implements MemberDirectory {

    private static final TypeReference<List<String>> TERMS = new TypeReference<>() {};
    private static final String MEMBER =
            "SELECT id, handle, name, language, headline, about, offers, seeks, interests, company, email FROM members";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcMembers(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<Member> find(MemberId memberId) {
        if (!Ids.plausible(memberId.value())) {
            return Optional.empty(); // no stored id has a NUL
        }
        return withGroups("m.id", memberId.value());
    }

    @Override
    public Optional<Member> findByHandle(String handle) {
        if (handle == null || handle.isBlank() || handle.length() > 64) {
            return Optional.empty();
        }
        return withGroups("m.handle", handle);
    }

    @Override
    public List<Member> byName(int limit) {
        return jdbc.sql(MEMBER + " ORDER BY name, id LIMIT ?")
                .param(limit)
                .query(this::member)
                .list();
    }

    boolean handleTaken(String handle) {
        return jdbc.sql("SELECT COUNT(*) FROM members WHERE handle = ?")
                        .param(handle)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean isEmpty() {
        return count() == 0;
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM members").query(Long.class).single();
    }

    void insert(String id, ValidMember valid, String passwordHash, String tokenHash, long now) {
        var member = valid.checked();
        jdbc.sql("""
                        INSERT INTO members (id, handle, name, language, headline, about, offers, seeks, interests,
                                             company, email, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Stream.of(List.of(id, member.handle()), profileColumns(member.profile()), List.of(now))
                        .flatMap(List::stream)
                        .toList())
                .update();
        jdbc.sql("INSERT INTO credentials (member_id, password_hash) VALUES (?, ?)")
                .params(id, passwordHash)
                .update();
        insertToken(id, tokenHash, now);
        joinGroups(id, member.profile().groups(), now);
    }

    /** Replaces the member's profile and groups with the checked ones; the handle and the password stay. */
    void update(String id, ValidMember valid, long now) {
        var member = valid.checked();
        jdbc.sql("""
                        UPDATE members SET name = ?, language = ?, headline = ?, about = ?, offers = ?, seeks = ?,
                                           interests = ?, company = ?, email = ?
                        WHERE id = ?""")
                .params(Stream.of(profileColumns(member.profile()), List.of(id))
                        .flatMap(List::stream)
                        .toList())
                .update();
        jdbc.sql("DELETE FROM memberships WHERE member_id = ?").param(id).update();
        joinGroups(id, member.profile().groups(), now);
    }

    /** The profile's columns of the members table, in the order of {@code name} to {@code email}. */
    private List<Object> profileColumns(Profile profile) {
        return java.util.Arrays.asList(
                profile.name(),
                profile.language(),
                profile.headline(),
                profile.about(),
                json.writeValueAsString(profile.offers()),
                json.writeValueAsString(profile.seeks()),
                json.writeValueAsString(profile.interests()),
                profile.company(),
                profile.email());
    }

    private void joinGroups(String id, List<String> groups, long now) {
        for (String group : groups) {
            jdbc.sql("INSERT INTO member_groups (id, name) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")
                    .params(Ids.next("g"), group)
                    .update();
            jdbc.sql("""
                            INSERT INTO memberships (group_id, member_id, joined_at)
                            SELECT id, ?, ? FROM member_groups WHERE name = ?""").params(id, now, group).update();
        }
    }

    void insertToken(String memberId, String tokenHash, long now) {
        insertToken(Ids.next("tok"), memberId, tokenHash, null, null, now);
    }

    void insertToken(String id, String memberId, String tokenHash, String name, Long expiresAt, long now) {
        jdbc.sql("""
                        INSERT INTO api_tokens (id, token_hash, member_id, name, expires_at, created_at)
                        VALUES (?, ?, ?, ?, ?, ?)""").params(id, tokenHash, memberId, name, expiresAt, now).update();
    }

    /**
     * The member behind a token that has not expired; notes the use at most once a minute. The last use comes with
     * the member, so that the update (a write, and on SQLite the write lock) is only sent when it is due.
     */
    Optional<CurrentMember> findByTokenHash(String tokenHash, long now) {
        var found = jdbc.sql("""
                        SELECT m.id, m.handle, m.name, m.language, t.last_used_at
                        FROM api_tokens t JOIN members m ON m.id = t.member_id
                        WHERE t.token_hash = ? AND (t.expires_at IS NULL OR t.expires_at > ?)""")
                .params(tokenHash, now)
                .query((rs, row) ->
                        new TokenUse(currentMember(rs, row), Optional.ofNullable(optionalInstant(rs, "last_used_at"))))
                .optional();
        if (found.isPresent()
                && found.get()
                        .lastUsed()
                        .map(at -> at.toEpochMilli() < now - USE_NOTED_EVERY)
                        .orElse(true)) {
            jdbc.sql("""
                            UPDATE api_tokens SET last_used_at = ?
                            WHERE token_hash = ? AND (last_used_at IS NULL OR last_used_at < ?)""").params(now, tokenHash, now - USE_NOTED_EVERY).update();
        }
        return found.map(TokenUse::member);
    }

    private record TokenUse(CurrentMember member, Optional<java.time.Instant> lastUsed) {}

    private static final long USE_NOTED_EVERY = 60_000;

    List<ApiToken> tokensOf(MemberId memberId) {
        return jdbc.sql("""
                        SELECT id, name, created_at, last_used_at, expires_at FROM api_tokens
                        WHERE member_id = ? ORDER BY created_at, id""")
                .param(memberId.value())
                .query((rs, row) -> new ApiToken(
                        rs.getString("id"),
                        rs.getString("name"),
                        java.time.Instant.ofEpochMilli(rs.getLong("created_at")),
                        optionalInstant(rs, "last_used_at"),
                        optionalInstant(rs, "expires_at")))
                .list();
    }

    boolean deleteToken(MemberId memberId, TokenId tokenId) {
        return jdbc.sql("DELETE FROM api_tokens WHERE member_id = ? AND id = ?")
                        .params(memberId.value(), tokenId.value())
                        .update()
                > 0;
    }

    private static java.time.Instant optionalInstant(java.sql.ResultSet rs, String column)
            throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : java.time.Instant.ofEpochMilli(value);
    }

    Optional<SignIn> findSignIn(String handle) {
        return jdbc.sql("""
                        SELECT m.id, m.handle, m.name, m.language, c.password_hash
                        FROM members m JOIN credentials c ON c.member_id = m.id
                        WHERE m.handle = ? AND c.password_hash IS NOT NULL""")
                .param(handle)
                .query((rs, row) -> new SignIn(currentMember(rs, row), rs.getString("password_hash")))
                .optional();
    }

    void recordVisit(String id, String visitorId, String visitedId, long at) {
        jdbc.sql("INSERT INTO profile_visits (id, visitor_id, visited_id, visited_at) VALUES (?, ?, ?, ?)")
                .params(id, visitorId, visitedId, at)
                .update();
    }

    record SignIn(CurrentMember member, String passwordHash) {}

    private static CurrentMember currentMember(ResultSet rs, int row) throws SQLException {
        return new CurrentMember(
                rs.getString("id"), rs.getString("handle"), rs.getString("name"), rs.getString("language"));
    }

    private Member member(ResultSet rs, int row) throws SQLException {
        return new Member(
                rs.getString("id"),
                rs.getString("handle"),
                new Profile(
                        rs.getString("name"),
                        rs.getString("language"),
                        rs.getString("headline"),
                        rs.getString("about"),
                        terms(rs.getString("offers")),
                        terms(rs.getString("seeks")),
                        terms(rs.getString("interests")),
                        List.of(),
                        rs.getString("company"),
                        rs.getString("email")));
    }

    /** The member whose {@code column} is {@code value}, with their groups by name: one statement, a row per group. */
    private Optional<Member> withGroups(String column, String value) {
        var found = new ArrayList<Member>(1);
        var groups = new ArrayList<String>();
        jdbc.sql("""
                        SELECT m.id, m.handle, m.name, m.language, m.headline, m.about, m.offers, m.seeks, m.interests,
                          m.company, m.email, g.name AS group_name
                        FROM members m LEFT JOIN memberships ms ON ms.member_id = m.id
                        LEFT JOIN member_groups g ON g.id = ms.group_id
                        WHERE """ + " " + column + " = ? ORDER BY g.name").param(value).query(rs -> {
            if (found.isEmpty()) {
                found.add(member(rs, 0));
            }
            String group = rs.getString("group_name");
            if (group != null) {
                groups.add(group);
            }
        });
        return found.stream().findFirst().map(member -> member.withGroups(groups));
    }

    private List<String> terms(String column) {
        return column == null ? List.of() : json.readValue(column, TERMS);
    }
}
