package org.doorman.app.members;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAcquaintances implements Acquaintances {

    /** The visit, then the shared groups by name; each row names its fact. */
    private static final String ACQUAINTANCE = """
            SELECT 'visited' AS fact, COUNT(*) AS n, CAST(NULL AS VARCHAR(200)) AS name FROM profile_visits
              WHERE visited_id = :m AND visitor_id = :r AND visited_at <= :now
            UNION ALL SELECT 'group', ROW_NUMBER() OVER (ORDER BY g.name), g.name FROM member_groups g
              JOIN memberships a ON a.group_id = g.id AND a.member_id = :r
              JOIN memberships b ON b.group_id = g.id AND b.member_id = :m""";

    private final JdbcClient jdbc;

    JdbcAcquaintances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Acquaintance between(MemberId requester, MemberId member, Instant now) {
        var visited = new boolean[1];
        var groups = new ArrayList<Ranked>();
        jdbc.sql(ACQUAINTANCE)
                .param("r", requester.value())
                .param("m", member.value())
                .param("now", now.toEpochMilli())
                .query(rs -> {
                    if (rs.getString("fact").equals("group")) {
                        groups.add(new Ranked(rs.getLong("n"), rs.getString("name")));
                    } else {
                        visited[0] = rs.getLong("n") > 0;
                    }
                });
        // UNION ALL keeps no order: the rank says where each group stands in the database's own order of names
        groups.sort(Comparator.comparingLong(Ranked::rank));
        return new Acquaintance(groups.stream().map(Ranked::name).toList(), visited[0]);
    }

    private record Ranked(long rank, String name) {}
}
