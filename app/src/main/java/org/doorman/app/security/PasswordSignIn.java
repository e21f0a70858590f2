package org.doorman.app.security;

import org.doorman.app.members.MemberCredentials;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Form login with handle and password; the session's principal is the {@code CurrentMember}. */
final class PasswordSignIn implements AuthenticationProvider {

    private final MemberCredentials credentials;

    PasswordSignIn(MemberCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String handle = attempt.getName();
        String password = attempt.getCredentials() == null
                ? null
                : attempt.getCredentials().toString();
        return credentials
                .byPassword(handle, password)
                .map(BearerTokenFilter::member)
                .orElseThrow(() -> new BadCredentialsException("Unknown handle or wrong password"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
