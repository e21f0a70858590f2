package org.doorman.app.digest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.doorman.app.ids.Ids;
import org.doorman.app.members.CurrentMember;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The member's digest settings ({@code GET}/{@code PUT /api/v1/me/digest}) and the one-click unsubscribe link of
 * RFC 8058: {@code POST} turns the digest off; {@code GET}, which mail scanners follow, only shows a button that posts.
 */
@RestController
class DigestController {

    private final DigestPreferences preferences;
    private final UnsubscribeLinks links;

    DigestController(DigestPreferences preferences, UnsubscribeLinks links) {
        this.preferences = preferences;
        this.links = links;
    }

    @GetMapping("/api/v1/me/digest")
    @Operation(summary = "Your digest settings")
    DigestPreferences.View digest(@AuthenticationPrincipal CurrentMember me) {
        return preferences.of(me.memberId());
    }

    @PutMapping("/api/v1/me/digest")
    @Operation(summary = "Change your digest settings")
    DigestPreferences.View change(
            @AuthenticationPrincipal CurrentMember me, @RequestBody DigestPreferences.Change change) {
        try {
            return preferences.change(me.memberId(), change);
        } catch (IllegalArgumentException e) {
            throw problem(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    @PostMapping(UnsubscribeLinks.PATH)
    @Operation(summary = "Turn the digest off from the signed link in a digest e-mail (RFC 8058 one-click)")
    @SecurityRequirements // the link carries its own signature
    ResponseEntity<String> unsubscribe(
            @RequestParam(required = false) String member, @RequestParam(required = false) String sig) {
        preferences.turnOff(checked(member, sig));
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_PLAIN)
                .body("The digest is off. / Die Zusammenfassung ist abbestellt.");
    }

    @GetMapping(value = UnsubscribeLinks.PATH, produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The page of the signed link in a digest e-mail: a button that turns the digest off")
    @SecurityRequirements // the link carries its own signature
    String confirm(@RequestParam(required = false) String member, @RequestParam(required = false) String sig) {
        checked(member, sig);
        String action = HtmlUtils.htmlEscape(UnsubscribeLinks.PATH + "?member=" + member + "&sig=" + sig);
        return """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>Doorman</title></head><body>
                <form method="post" action="%s"><input type="hidden" name="List-Unsubscribe" value="One-Click">
                <button type="submit">Turn the digest off / Zusammenfassung abbestellen</button></form>
                </body></html>""".formatted(action);
    }

    /** The member a link we signed names; a text that cannot be a member id was never signed. */
    private MemberId checked(String member, String sig) {
        return Ids.member(member)
                .filter(id -> links.valid(id, sig))
                .orElseThrow(() ->
                        problem(HttpStatus.BAD_REQUEST, "This unsubscribe link is not valid; nothing was changed."));
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
