package org.doorman.app.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.doorman.app.members.CurrentMember;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "What the caller imported from another network (doorman import linkedin)")
class ImportsController {

    private final Imports imports;

    ImportsController(Imports imports) {
        this.imports = imports;
    }

    @GetMapping("/linkedin")
    @Operation(
            summary = "The caller's latest LinkedIn import",
            description = "Pending incoming invitations as the caller's strategy screened them, and connections"
                    + " ranked for pruning with reasons. 404 when the caller never imported an export.")
    Map<String, Object> linkedin(@AuthenticationPrincipal CurrentMember me) {
        return imports.of(me.memberId())
                .map(StoredImport::asMap)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "You have not imported a LinkedIn export yet: doorman import linkedin PATH --member HANDLE."));
    }
}
