package org.doorman.app.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.doorman.batch.linkedin.ImportResult;
import org.doorman.batch.linkedin.PruneReason;
import org.doorman.batch.linkedin.PruningCandidate;
import org.doorman.batch.linkedin.ScreenedInvitation;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables linkedin_imports, linkedin_invitations and linkedin_connections. */
@Repository
class JdbcImports implements Imports {

    private final JdbcClient jdbc;

    JdbcImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean keep(MemberId member, ImportResult result, Instant at) {
        String memberId = member.value();
        String digest = result.digest();
        var earlier = jdbc.sql("SELECT digest FROM linkedin_imports WHERE member_id = ?")
                .param(memberId)
                .query(String.class)
                .optional();
        if (earlier.filter(digest::equals).isPresent()) {
            return false;
        }
        jdbc.sql("DELETE FROM linkedin_invitations WHERE member_id = ?")
                .param(memberId)
                .update();
        jdbc.sql("DELETE FROM linkedin_connections WHERE member_id = ?")
                .param(memberId)
                .update();
        jdbc.sql("DELETE FROM linkedin_imports WHERE member_id = ?")
                .param(memberId)
                .update();
        jdbc.sql("""
                        INSERT INTO linkedin_imports (member_id, digest, owner_name, invitations, connections, messages,
                                                      imported_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        memberId,
                        digest,
                        clip(result.ownerName(), 200),
                        result.invitations(),
                        result.connections(),
                        result.messages(),
                        at.toEpochMilli())
                .update();
        int ordinal = 0;
        for (var invitation : result.pending()) {
            jdbc.sql("""
                            INSERT INTO linkedin_invitations (member_id, invitation_key, ordinal, name, profile_url,
                                sent_at, message, category, confidence, action, rule_id, rule, reason)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (member_id, invitation_key) DO NOTHING""")
                    .params(
                            memberId,
                            clip(invitation.key(), 600),
                            ordinal++,
                            clip(invitation.name(), 200),
                            clip(invitation.profileUrl(), 500),
                            invitation.sentAt().map(Instant::toEpochMilli).orElse(null),
                            invitation.message(),
                            invitation.category(),
                            invitation.confidence(),
                            invitation.action(),
                            clip(invitation.ruleId(), 100),
                            invitation.rule(),
                            invitation.reason())
                    .update();
        }
        ordinal = 0;
        for (var candidate : result.pruning()) {
            jdbc.sql("""
                            INSERT INTO linkedin_connections (member_id, connection_key, ordinal, name, profile_url,
                                company, job_title, connected_on, score, reasons)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (member_id, connection_key) DO NOTHING""")
                    .params(
                            memberId,
                            clip(candidate.key(), 600),
                            ordinal++,
                            clip(candidate.name(), 200),
                            clip(candidate.profileUrl(), 500),
                            clip(candidate.company(), 200),
                            clip(candidate.position(), 200),
                            candidate.connectedOn().map(LocalDate::toString).orElse(null),
                            candidate.score(),
                            candidate.reasons().stream().map(PruneReason::name).collect(Collectors.joining(",")))
                    .update();
        }
        return true;
    }

    @Override
    public Optional<StoredImport> of(MemberId member) {
        String memberId = member.value();
        var pending = jdbc.sql("SELECT * FROM linkedin_invitations WHERE member_id = ? ORDER BY ordinal")
                .param(memberId)
                .query(JdbcImports::invitation)
                .list();
        var pruning = jdbc.sql("SELECT * FROM linkedin_connections WHERE member_id = ? ORDER BY ordinal")
                .param(memberId)
                .query(JdbcImports::candidate)
                .list();
        return jdbc.sql("SELECT * FROM linkedin_imports WHERE member_id = ?")
                .param(memberId)
                .query((rs, row) -> new StoredImport(
                        new ImportResult(
                                rs.getString("owner_name"),
                                rs.getInt("invitations"),
                                rs.getInt("connections"),
                                rs.getInt("messages"),
                                pending,
                                pruning),
                        Instant.ofEpochMilli(rs.getLong("imported_at"))))
                .optional();
    }

    /** Fits a text into its column: PostgreSQL refuses a longer one, SQLite would keep it. */
    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static ScreenedInvitation invitation(ResultSet rs, int row) throws SQLException {
        long sentAt = rs.getLong("sent_at");
        var sent = rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(sentAt));
        return new ScreenedInvitation(
                rs.getString("invitation_key"),
                rs.getString("name"),
                rs.getString("profile_url"),
                sent,
                rs.getString("message"),
                rs.getString("category"),
                rs.getDouble("confidence"),
                rs.getString("action"),
                rs.getString("rule_id"),
                rs.getString("rule"),
                rs.getString("reason"));
    }

    private static PruningCandidate candidate(ResultSet rs, int row) throws SQLException {
        String reasons = rs.getString("reasons");
        List<PruneReason> parsed = reasons.isEmpty()
                ? List.of()
                : Arrays.stream(reasons.split(",")).map(PruneReason::valueOf).toList();
        return new PruningCandidate(
                rs.getString("connection_key"),
                rs.getString("name"),
                rs.getString("profile_url"),
                rs.getString("company"),
                rs.getString("job_title"),
                Optional.ofNullable(rs.getString("connected_on")).map(LocalDate::parse),
                rs.getInt("score"),
                parsed);
    }
}
