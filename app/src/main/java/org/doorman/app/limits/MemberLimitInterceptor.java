package org.doorman.app.limits;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.doorman.app.members.CurrentMember;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Limits what a signed-in member does, per member: contact requests, messages, profile views and token creation. It
 * runs before the controller and counts every attempt, whatever it would have answered, so that for a requester the
 * limit depends only on how many calls they made and never reveals a decline.
 */
class MemberLimitInterceptor implements HandlerInterceptor {

    private final RateLimiter limiter;

    MemberLimitInterceptor(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        var kind = kind(
                request.getMethod(),
                request.getRequestURI().substring(request.getContextPath().length()));
        if (kind.isEmpty()) {
            return true;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentMember me)) {
            return true;
        }
        var wait = limiter.take(kind.get(), me.id());
        if (wait.isEmpty()) {
            return true;
        }
        TooManyCalls.write(request, response, wait.get(), words(kind.get()));
        return false;
    }

    /** The API's calls and the web app's forms and pages that do the same. */
    static Optional<Kind> kind(String method, String path) {
        if ("POST".equals(method)) {
            if (path.equals("/api/v1/requests") || path.equals("/compose")) {
                return Optional.of(Kind.REQUESTS);
            }
            if ((path.startsWith("/api/v1/requests/") && path.endsWith("/messages"))
                    || (path.startsWith("/requests/") && path.endsWith("/reply"))) {
                return Optional.of(Kind.MESSAGES);
            }
            if (path.equals("/api/v1/tokens") || path.equals("/tokens")) {
                return Optional.of(Kind.TOKENS);
            }
        }
        if ("GET".equals(method) && (path.startsWith("/api/v1/members/") || path.startsWith("/members/"))) {
            return Optional.of(Kind.PROFILE_VIEWS);
        }
        return Optional.empty();
    }

    private static String words(Kind kind) {
        return switch (kind) {
            case REQUESTS -> "contact requests";
            case MESSAGES -> "messages";
            case PROFILE_VIEWS -> "profile views";
            case TOKENS -> "new tokens";
            case SIGN_IN_PER_HANDLE, SIGN_IN_PER_ADDRESS -> "sign-in attempts";
        };
    }
}
