package org.doorman.app.members;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Finds the member behind an API token or a handle and password; the security set-up's way into members. */
@Service
public class MemberCredentials {

    private final JdbcMembers members;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final String unknownHandleHash;

    MemberCredentials(JdbcMembers members, PasswordEncoder passwords, Clock clock) {
        this.members = members;
        this.passwords = passwords;
        this.clock = clock;
        this.unknownHandleHash = passwords.encode("not a password of anyone");
    }

    public Optional<CurrentMember> byToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return members.findByTokenHash(Tokens.hash(token.strip()));
    }

    public Optional<CurrentMember> byPassword(String handle, String password) {
        if (handle == null || password == null) {
            return Optional.empty();
        }
        var signIn = members.findSignIn(handle.strip().toLowerCase(Locale.ROOT));
        // Hash even for an unknown handle, so that the answer's timing does not tell which handles exist.
        String hash = signIn.map(JdbcMembers.SignIn::passwordHash).orElse(unknownHandleHash);
        boolean matches = passwords.matches(password, hash);
        return signIn.filter(found -> matches).map(JdbcMembers.SignIn::member);
    }

    /** Issues another API token for a member, e.g. from the web app; the token is shown once and stored hashed. */
    public String issueToken(String memberId) {
        String token = Tokens.newToken();
        members.insertToken(memberId, Tokens.hash(token), clock.millis());
        return token;
    }
}
