package org.doorman.app.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits sign-in attempts ({@code POST /login}) per handle and per client address. It runs before Spring Security,
 * so an attempt over the limit is answered 429 before CSRF or the password are looked at; every attempt counts,
 * right or wrong, so the answer tells nothing about the password.
 */
class SignInLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;

    SignInLimitFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && "/login".equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var byAddress = limiter.take(Kind.SIGN_IN_PER_ADDRESS, request.getRemoteAddr());
        var byHandle = handle(request).flatMap(handle -> limiter.take(Kind.SIGN_IN_PER_HANDLE, handle));
        var wait = byAddress.or(() -> byHandle);
        if (wait.isPresent()) {
            TooManyCalls.write(request, response, wait.get(), "sign-in attempts");
            return;
        }
        chain.doFilter(request, response);
    }

    private static Optional<String> handle(HttpServletRequest request) {
        String handle = request.getParameter("handle");
        if (handle == null) {
            handle = request.getParameter("username");
        }
        return Optional.ofNullable(handle)
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .map(h -> h.length() > 100 ? h.substring(0, 100) : h);
    }
}
