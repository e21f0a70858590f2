package org.doorman.app.members;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMemberNames implements MemberNames, MemberHandles {

    /** Well below what either database takes as parameters of one statement. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    JdbcMemberNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<MemberId, String> of(Collection<MemberId> ids) {
        var names = new HashMap<MemberId, String>();
        each(ids, rs -> names.put(new MemberId(rs.getString("id")), rs.getString("name")));
        return names;
    }

    @Override
    public Map<MemberId, HandleAndName> byId(Collection<MemberId> ids) {
        var handles = new HashMap<MemberId, HandleAndName>();
        each(
                ids,
                rs -> handles.put(
                        new MemberId(rs.getString("id")),
                        new HandleAndName(rs.getString("handle"), rs.getString("name"))));
        return handles;
    }

    private void each(Collection<MemberId> ids, RowCallbackHandler row) {
        List<String> wanted = ids.stream().map(MemberId::value).distinct().toList();
        for (int from = 0; from < wanted.size(); from += CHUNK) {
            jdbc.sql("SELECT id, handle, name FROM members WHERE id IN (:ids)")
                    .param("ids", wanted.subList(from, Math.min(wanted.size(), from + CHUNK)))
                    .query(row);
        }
    }
}
