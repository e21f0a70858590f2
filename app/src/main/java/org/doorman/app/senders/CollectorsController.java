package org.doorman.app.senders;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.doorman.app.ids.Ids;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The operator's API on contact collectors (operator token only, see the security set-up). */
@RestController
@RequestMapping("/api/v1/operator")
@Tag(name = "Operator", description = "Likely contact collectors with their evidence; warn, limit, suspend")
class CollectorsController {

    private final OperatorDesk desk;

    CollectorsController(OperatorDesk desk) {
        this.desk = desk;
    }

    /** The operator's reason, optional (a plain one is written then); from the API or the operator's page. */
    record Decision(
            @Size(max = OperatorDesk.MAX_REASON, message = "has at most {max} characters")
            String reason) {}

    @GetMapping("/collectors")
    @Operation(
            summary = "Likely contact collectors, with their evidence",
            description = "Also every sender warned, limited or suspended, by the operator or by reports.")
    List<SenderRecordView> collectors() {
        return desk.collectors();
    }

    @PostMapping("/senders/{id}/{action}")
    @Operation(
            summary = "Warn, limit, suspend or reinstate a sender",
            description = "action: warn, limit, suspend or reinstate; body (optional): reason.")
    SenderRecordView decide(
            @PathVariable String id, @PathVariable String action, @Valid @RequestBody(required = false) Decision body) {
        var standing = standing(action);
        var sender = Ids.member(id).orElseThrow(() -> OperatorDesk.noSender(id));
        return desk.decide(sender, standing, body == null ? null : body.reason());
    }

    static Standing standing(String action) {
        return switch (action) {
            case "warn" -> Standing.WARNED;
            case "limit" -> Standing.LIMITED;
            case "suspend" -> Standing.SUSPENDED;
            case "reinstate" -> Standing.GOOD;
            default ->
                throw new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "There is no action '" + action + "': warn, limit, suspend or reinstate.");
        };
    }
}
