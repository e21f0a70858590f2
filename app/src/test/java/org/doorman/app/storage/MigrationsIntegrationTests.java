package org.doorman.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.doorman.app.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
abstract class MigrationsIntegrationTests {

    static final List<String> DOMAIN_TABLES = List.of(
            "members",
            "credentials",
            "api_tokens",
            "member_groups",
            "memberships",
            "strategies",
            "message_templates",
            "contact_requests",
            "request_signals",
            "request_messages",
            "events",
            "event_attendance",
            "meetings",
            "contacts",
            "profile_visits",
            "follow_up_tasks",
            "audit_trail",
            "webhooks",
            "outbox",
            "webhook_events");

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMigrationRanSuccessfully() {
        var migrations = jdbc.sql("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")
                .query((rs, row) -> rs.getString("version") + ":" + rs.getBoolean("success"))
                .list();

        assertThat(migrations).contains("1:true").allMatch(migration -> migration.endsWith(":true"));
    }

    @Test
    void theSchemaHoldsTheWholeDomain() {
        for (String table : DOMAIN_TABLES) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table)
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isNotNegative();
        }
    }

    @Test
    void foreignKeysAreEnforced() {
        var insertOrphan = jdbc.sql("INSERT INTO credentials (member_id, password_hash) VALUES ('m_nobody', NULL)");

        org.assertj.core.api.Assertions.assertThatThrownBy(insertOrphan::update)
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
    }
}
