package org.doorman.app.senders;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.doorman.app.members.Member;
import org.doorman.app.members.MemberDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The operator's view of a sender's behaviour across the network (see the security set-up). */
@RestController
class SenderRecordController {

    private static final int MAX_LIMIT = 100;

    private final JdbcScreeningFacts facts;
    private final MemberDirectory members;
    private final Clock clock;

    SenderRecordController(JdbcScreeningFacts facts, MemberDirectory members, Clock clock) {
        this.facts = facts;
        this.members = members;
        this.clock = clock;
    }

    /** The network's busiest senders of the last seven days with their records: where contact collectors show. */
    @GetMapping("/api/v1/senders")
    @Transactional(readOnly = true)
    List<SenderRecordView> busiest(@RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "'limit' lies between 1 and " + MAX_LIMIT + ", was " + limit + ".");
        }
        var now = clock.instant();
        return facts.busiestSenders(now, limit).stream()
                .map(id ->
                        SenderRecordView.from(members.find(id).map(Member::name).orElse(""), facts.figures(id, now)))
                .toList();
    }

    @GetMapping("/api/v1/senders/{id}/record")
    @Transactional(readOnly = true)
    SenderRecordView record(@PathVariable String id) {
        var member = Optional.of(id)
                .filter(known -> known.indexOf('\0') < 0)
                .flatMap(members::find)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no member " + id + "."));
        return SenderRecordView.from(member.name(), facts.figures(id, clock.instant()));
    }
}
