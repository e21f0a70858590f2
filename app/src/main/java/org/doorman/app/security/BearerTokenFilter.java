package org.doorman.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.doorman.app.members.CurrentMember;
import org.doorman.app.members.MemberCredentials;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer <token>} as the operator or as the member the token belongs to. */
final class BearerTokenFilter extends OncePerRequestFilter {

    static final String REJECTED = BearerTokenFilter.class.getName() + ".REJECTED";
    private static final String PREFIX = "Bearer ";

    private final OperatorSettings operator;
    private final MemberCredentials credentials;

    BearerTokenFilter(OperatorSettings operator, MemberCredentials credentials) {
        this.operator = operator;
        this.credentials = credentials;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            String token = header.substring(PREFIX.length()).strip();
            authenticate(token)
                    .ifPresentOrElse(
                            authentication -> {
                                var context = SecurityContextHolder.createEmptyContext();
                                context.setAuthentication(authentication);
                                SecurityContextHolder.setContext(context);
                            },
                            () -> request.setAttribute(REJECTED, true));
        }
        chain.doFilter(request, response);
    }

    private Optional<Authentication> authenticate(String token) {
        if (token.isEmpty()) {
            return Optional.empty();
        }
        if (operator.isAdminToken(token)) {
            return Optional.of(authenticated(new Operator(), "ROLE_OPERATOR"));
        }
        return credentials.byToken(token).map(member -> authenticated(member, "ROLE_MEMBER"));
    }

    static Authentication authenticated(Object principal, String role) {
        return UsernamePasswordAuthenticationToken.authenticated(
                principal, null, List.of(new SimpleGrantedAuthority(role)));
    }

    static Authentication member(CurrentMember member) {
        return authenticated(member, "ROLE_MEMBER");
    }
}
