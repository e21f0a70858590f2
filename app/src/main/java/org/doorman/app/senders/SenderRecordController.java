package org.doorman.app.senders;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The operator's view of a sender's behaviour across the network (see the security set-up). */
@RestController
class SenderRecordController {

    private static final int MAX_LIMIT = 100;

    private final OperatorDesk desk;

    SenderRecordController(OperatorDesk desk) {
        this.desk = desk;
    }

    /** The network's busiest senders of the last seven days with their records: where contact collectors show. */
    @GetMapping("/api/v1/senders")
    @Operation(summary = "The busiest senders of the last seven days with their records (operator)")
    List<SenderRecordView> busiest(@RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "'limit' lies between 1 and " + MAX_LIMIT + ", was " + limit + ".");
        }
        return desk.busiest(limit);
    }

    @GetMapping("/api/v1/senders/{id}/record")
    @Operation(summary = "A sender's record (operator)")
    SenderRecordView record(@PathVariable String id) {
        return desk.record(id);
    }
}
