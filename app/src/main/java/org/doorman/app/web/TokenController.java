package org.doorman.app.web;

import org.doorman.app.members.CurrentMember;
import org.doorman.app.members.MemberCredentials;
import org.doorman.app.members.TokenId;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in member creates an API token for the programs that work for them. Doorman keeps only its hash, so the
 * home page shows it once, right after it was made (a flash attribute: it is never part of an address); tokens made
 * before keep working until the member revokes them on {@code /tokens}.
 */
@Controller
class TokenController {

    static final String NEW_TOKEN = "newToken";

    private final MemberCredentials credentials;

    TokenController(MemberCredentials credentials) {
        this.credentials = credentials;
    }

    @PostMapping("/tokens")
    String create(@AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect) {
        redirect.addFlashAttribute(NEW_TOKEN, credentials.issueToken(me.memberId()));
        return "redirect:/profile#api-token";
    }

    /** The member's tokens (name, created, last used, expiry), each with a button that revokes it. */
    @GetMapping("/tokens")
    String tokens(@AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("tokens", credentials.tokensOf(me.memberId()));
        return "tokens";
    }

    /**
     * Revokes one of the member's tokens (CSRF-protected); it answers 401 from now on. Another member's token, like
     * one that does not exist, answers 404, as the API does.
     */
    @PostMapping("/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentMember me, @PathVariable String id, RedirectAttributes redirect) {
        if (!TokenId.fromCaller(id)
                .map(token -> credentials.revoke(me.memberId(), token))
                .orElse(false)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no such token.");
        }
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/tokens";
    }
}
