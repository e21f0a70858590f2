package org.doorman.app.web;

import org.doorman.app.members.CurrentMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    /** The home page: a sign-in form; a member who is signed in goes to the inbox. */
    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentMember me) {
        return me == null ? "home" : "redirect:/inbox";
    }

    /** The sign-in form lives on the home page; {@code POST /login} is Spring Security's. */
    @GetMapping("/login")
    String login() {
        return "redirect:/";
    }
}
