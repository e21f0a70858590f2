package org.doorman.app.members;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.doorman.app.ids.Ids;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/blocks")
@Tag(name = "Blocks", description = "Members the caller blocked: no requests, no profile views from them")
class BlocksController {

    private final Blocks blocks;

    BlocksController(Blocks blocks) {
        this.blocks = blocks;
    }

    record NewBlock(String memberId) {}

    @PostMapping
    @Operation(summary = "Block a member", description = "Their requests are refused as if one were pending.")
    ResponseEntity<Blocked> block(@AuthenticationPrincipal CurrentMember me, @RequestBody NewBlock body) {
        String id = body == null ? null : body.memberId();
        if (id == null || id.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "memberId: give the id of the member to block.");
        }
        var blocked = blocks.block(me.memberId(), Ids.member(id).orElseThrow(() -> Blocks.noMember(id)));
        return ResponseEntity.created(URI.create("/api/v1/blocks/" + blocked.memberId()))
                .body(blocked);
    }

    @GetMapping
    @Operation(summary = "The members the caller blocked, latest first")
    List<Blocked> blocks(@AuthenticationPrincipal CurrentMember me) {
        return blocks.of(me.memberId());
    }

    @DeleteMapping("/{memberId}")
    @Operation(summary = "Lift a block")
    ResponseEntity<Void> unblock(@AuthenticationPrincipal CurrentMember me, @PathVariable String memberId) {
        if (!Ids.member(memberId)
                .map(blocked -> blocks.unblock(me.memberId(), blocked))
                .orElse(false)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "You have not blocked member " + memberId + ".");
        }
        return ResponseEntity.noContent().build();
    }
}
