package org.doorman.app.members;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.doorman.app.time.Instants;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A member's API tokens: list them (id, name, created, last used, expiry; never the token), create one with an
 * optional name and expiry (the token is in this answer only), revoke one (it answers 401 from then on).
 */
@RestController
@RequestMapping("/api/v1/tokens")
class TokensController {

    private final MemberCredentials credentials;

    TokensController(MemberCredentials credentials) {
        this.credentials = credentials;
    }

    @GetMapping
    @Operation(summary = "Your API tokens, without their secrets")
    List<ApiToken> tokens(@AuthenticationPrincipal CurrentMember me) {
        return credentials.tokensOf(me.memberId());
    }

    @PostMapping
    @Operation(summary = "Create an API token; it is shown this once")
    @ApiResponse(responseCode = "201", description = "Created; the token is shown this once")
    @ApiResponse(responseCode = "429", description = "Too many tokens created; Retry-After says when to try again")
    ResponseEntity<IssuedToken> create(
            @AuthenticationPrincipal CurrentMember me, @RequestBody(required = false) NewToken body) {
        var issued = credentials.issueToken(
                me.memberId(), body == null ? null : body.name(), body == null ? null : expiry(body.expiresAt()));
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.id()))
                .body(issued);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of your API tokens")
    void revoke(@AuthenticationPrincipal CurrentMember me, @PathVariable String id) {
        if (!TokenId.fromCaller(id)
                .map(token -> credentials.revoke(me.memberId(), token))
                .orElse(false)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no token " + abbreviated(id) + ".");
        }
    }

    private static Instant expiry(String value) {
        return Instants.parse("expiresAt", value).orElse(null);
    }

    private static String abbreviated(String id) {
        return id.length() > 40 ? id.substring(0, 40) + "…" : id;
    }

    /** Both optional: a name to recognize the token by, and when it stops working. */
    record NewToken(String name, String expiresAt) {}
}
