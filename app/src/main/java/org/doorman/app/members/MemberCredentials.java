package org.doorman.app.members;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.doorman.app.ids.Ids;
import org.doorman.core.lifecycle.MemberId;
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
        return members.findByTokenHash(Tokens.hash(token.strip()), clock.millis());
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
    public String issueToken(MemberId memberId) {
        return issueToken(memberId, null, null).token();
    }

    /**
     * Issues a token with an optional name and expiry; the answer carries the token, shown this once. Refuses a name
     * over 100 characters or with control characters, and an expiry that is not in the future (400).
     */
    public IssuedToken issueToken(MemberId memberId, String name, Instant expiresAt) {
        long now = clock.millis();
        String label = name == null || name.isBlank() ? null : name.strip();
        if (label != null && (label.length() > 100 || label.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidMember("name: at most 100 characters, no control characters.");
        }
        if (expiresAt != null && !expiresAt.isAfter(Instant.ofEpochMilli(now))) {
            throw new InvalidMember("expiresAt: give a time in the future.");
        }
        String token = Tokens.newToken();
        String id = Ids.next("tok");
        members.insertToken(
                id,
                memberId.value(),
                Tokens.hash(token),
                label,
                expiresAt == null ? null : expiresAt.toEpochMilli(),
                now);
        return new IssuedToken(id, label, token, Instant.ofEpochMilli(now), expiresAt);
    }

    /** The member's tokens (never the tokens themselves), oldest first. */
    public List<ApiToken> tokensOf(MemberId memberId) {
        return members.tokensOf(memberId);
    }

    /** Revokes one of the member's tokens: it answers 401 from now on. False when the member has no such token. */
    public boolean revoke(MemberId memberId, TokenId tokenId) {
        return members.deleteToken(memberId, tokenId);
    }
}
