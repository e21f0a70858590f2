package org.doorman.app.security;

import java.util.List;
import org.doorman.app.members.MemberCredentials;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Form login with handle and password; the session's principal is the {@code CurrentMember}. A member listed in
 * {@code doorman.operator-handles} is also the operator in the web app.
 */
final class PasswordSignIn implements AuthenticationProvider {

    private final MemberCredentials credentials;
    private final OperatorSettings operator;

    PasswordSignIn(MemberCredentials credentials, OperatorSettings operator) {
        this.credentials = credentials;
        this.operator = operator;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String handle = attempt.getName();
        String password = attempt.getCredentials() == null
                ? null
                : attempt.getCredentials().toString();
        return credentials
                .byPassword(handle, password)
                .map(member -> operator.isOperatorHandle(member.handle())
                        ? UsernamePasswordAuthenticationToken.authenticated(
                                member,
                                null,
                                List.of(
                                        new SimpleGrantedAuthority("ROLE_MEMBER"),
                                        new SimpleGrantedAuthority("ROLE_OPERATOR")))
                        : BearerTokenFilter.member(member))
                .orElseThrow(() -> new BadCredentialsException("Unknown handle or wrong password"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
