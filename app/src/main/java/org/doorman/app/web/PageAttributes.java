package org.doorman.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.doorman.app.members.CurrentMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the signed-in member and the address, for the navigation and the language link. */
@ControllerAdvice(annotations = Controller.class)
class PageAttributes {

    @ModelAttribute("me")
    CurrentMember me(@AuthenticationPrincipal CurrentMember me) {
        return me;
    }

    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
