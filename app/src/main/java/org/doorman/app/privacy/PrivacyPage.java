package org.doorman.app.privacy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.doorman.app.members.CurrentMember;
import org.doorman.app.members.MemberCredentials;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The web app's page for the member's data: download the export, or erase oneself with the password again. */
@Controller
class PrivacyPage {

    private final MemberExport export;
    private final Erasure erasure;
    private final MemberCredentials credentials;

    PrivacyPage(MemberExport export, Erasure erasure, MemberCredentials credentials) {
        this.export = export;
        this.erasure = erasure;
        this.credentials = credentials;
    }

    @GetMapping("/privacy")
    String page(@AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("words", PrivacyWords.of(me.language()));
        return "privacy";
    }

    @GetMapping("/privacy/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentMember me) {
        return PrivacyController.zip(export.zip(me.memberId()));
    }

    @PostMapping("/privacy/erase")
    String erase(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request,
            HttpServletResponse response) {
        boolean right = credentials
                .byPassword(me.handle(), password)
                .filter(member -> member.id().equals(me.id()))
                .isPresent();
        if (!right) {
            return "redirect:/privacy?wrongPassword";
        }
        erasure.erase(me.memberId(), Erasure.Who.MEMBER);
        new SecurityContextLogoutHandler()
                .logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        return "redirect:/?erased";
    }
}
