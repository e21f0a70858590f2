package org.doorman.app.senders;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.doorman.app.ids.Ids;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operator's view of a sender's behaviour across the network (see the security set-up). */
@RestController
class SenderRecordController {

    private static final String LIMIT = "lies between 1 and 100";

    private final OperatorDesk desk;

    SenderRecordController(OperatorDesk desk) {
        this.desk = desk;
    }

    /** The network's busiest senders of the last seven days with their records: where contact collectors show. */
    @GetMapping("/api/v1/senders")
    @Operation(summary = "The busiest senders of the last seven days with their records (operator)")
    List<SenderRecordView> busiest(
            @RequestParam(defaultValue = "20") @Min(value = 1, message = LIMIT) @Max(value = 100, message = LIMIT)
                    int limit) {
        return desk.busiest(limit);
    }

    @GetMapping("/api/v1/senders/{id}/record")
    @Operation(summary = "A sender's record (operator)")
    SenderRecordView record(@PathVariable String id) {
        return desk.record(Ids.member(id).orElseThrow(() -> OperatorDesk.noSender(id)));
    }
}
