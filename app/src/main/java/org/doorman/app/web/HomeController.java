package org.doorman.app.web;

import org.doorman.app.members.CurrentMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    /** The home page: a sign-in form, or a welcome for a member who is signed in. */
    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("me", me);
        return "home";
    }

    /** The sign-in form lives on the home page; {@code POST /login} is Spring Security's. */
    @GetMapping("/login")
    String login() {
        return "redirect:/";
    }
}
