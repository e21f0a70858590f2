package org.doorman.app.webhooks;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcWebhooks implements Webhooks {

    private final JdbcClient jdbc;

    JdbcWebhooks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WebhookTarget> targets() {
        return jdbc.sql("SELECT id, url, secret, created_at FROM webhooks ORDER BY created_at, id")
                .query((rs, row) -> new WebhookTarget(
                        new WebhookId(rs.getString("id")),
                        URI.create(rs.getString("url")),
                        rs.getString("secret"),
                        Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list();
    }

    void add(WebhookTarget target) {
        jdbc.sql("INSERT INTO webhooks (id, url, secret, created_at) VALUES (?, ?, ?, ?)")
                .params(
                        target.id().value(),
                        target.url().toString(),
                        target.secret(),
                        target.createdAt().toEpochMilli())
                .update();
    }

    /** Replaces the hook's secret; false when there is no such hook. */
    boolean rotate(WebhookId id, String secret) {
        return jdbc.sql("UPDATE webhooks SET secret = ? WHERE id = ?")
                        .params(secret, id.value())
                        .update()
                > 0;
    }

    boolean remove(WebhookId id) {
        return jdbc.sql("DELETE FROM webhooks WHERE id = ?").param(id.value()).update() > 0;
    }
}
