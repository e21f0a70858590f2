package org.doorman.app.requests;

import jakarta.validation.Valid;
import java.util.Locale;
import org.doorman.app.members.CurrentMember;
import org.doorman.app.requests.Views.NewMessage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One request's page: for its recipient the message with the evidence marked, the rule, the shared context, the
 * timeline, the conversation and the overrides; for its sender only pending or accepted and the conversation.
 * Someone else's request answers 404.
 */
@Controller
class RequestPage {

    private final RequestDesk desk;
    private final RequestPages pages;

    RequestPage(RequestDesk desk, RequestPages pages) {
        this.desk = desk;
        this.pages = pages;
    }

    @GetMapping("/requests/{id}")
    String request(@AuthenticationPrincipal CurrentMember me, @PathVariable String id, Locale locale, Model model) {
        model.addAttribute("r", pages.of(desk.visibleTo(RequestIds.named(id), me.memberId()), me.memberId(), locale));
        return "requests/request";
    }

    @PostMapping("/requests/{id}/reply")
    String reply(@AuthenticationPrincipal CurrentMember me, @PathVariable String id, @Valid NewMessage reply) {
        desk.post(RequestIds.named(id), me.memberId(), reply.body());
        return "redirect:/requests/" + id + "#conversation";
    }

    @PostMapping("/requests/{id}/decision")
    String decide(@AuthenticationPrincipal CurrentMember me, @PathVariable String id, @RequestParam String action) {
        desk.decide(RequestIds.named(id), me.memberId(), action);
        return "redirect:/requests/" + id;
    }
}
