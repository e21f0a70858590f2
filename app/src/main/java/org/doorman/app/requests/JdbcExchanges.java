package org.doorman.app.requests;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.doorman.app.contacts.Exchanges;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcExchanges implements Exchanges {

    /** Each message either of a request's two parties wrote, by the party that is not {@code :m}. */
    private static final String EXCHANGES = """
            SELECT other, COUNT(*) AS messages, MAX(sent_at) AS last FROM (
              SELECT CASE WHEN r.sender_id = :m THEN r.recipient_id ELSE r.sender_id END AS other, rm.sent_at
              FROM request_messages rm JOIN contact_requests r ON r.id = rm.request_id
              WHERE (r.sender_id = :m OR r.recipient_id = :m)
                AND rm.author_id IN (r.sender_id, r.recipient_id) AND rm.hidden = FALSE) written
            GROUP BY other""";

    private final JdbcClient jdbc;

    JdbcExchanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<MemberId, Exchange> of(MemberId member) {
        var exchanges = new HashMap<MemberId, Exchange>();
        jdbc.sql(EXCHANGES).param("m", member.value()).query(rs -> {
            exchanges.put(
                    new MemberId(rs.getString("other")),
                    new Exchange(rs.getInt("messages"), Optional.of(Instant.ofEpochMilli(rs.getLong("last")))));
        });
        return exchanges;
    }
}
