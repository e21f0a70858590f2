package org.doorman.app.contacts;

import java.util.Collection;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcContactErasure implements ContactErasure {

    private final JdbcClient jdbc;

    JdbcContactErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(MemberId memberId, Collection<RequestId> received) {
        jdbc.sql("DELETE FROM contacts WHERE member_id = ? OR contact_id = ?")
                .params(memberId.value(), memberId.value())
                .update();
        for (var request : received) {
            jdbc.sql("DELETE FROM contacts WHERE request_id = ?")
                    .param(request.value())
                    .update();
        }
    }
}
