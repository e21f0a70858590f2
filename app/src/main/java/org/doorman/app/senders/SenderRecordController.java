package org.doorman.app.senders;

import java.time.Clock;
import org.doorman.app.members.MemberDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The operator's view of a sender's behaviour across the network (see the security set-up). */
@RestController
class SenderRecordController {

    private final JdbcScreeningFacts facts;
    private final MemberDirectory members;
    private final Clock clock;

    SenderRecordController(JdbcScreeningFacts facts, MemberDirectory members, Clock clock) {
        this.facts = facts;
        this.members = members;
        this.clock = clock;
    }

    @GetMapping("/api/v1/senders/{id}/record")
    @Transactional(readOnly = true)
    SenderRecordView record(@PathVariable String id) {
        var member = members.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no member " + id + "."));
        return SenderRecordView.from(member.name(), facts.figures(id, clock.instant()));
    }
}
