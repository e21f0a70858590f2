package org.doorman.app.members;

import java.time.Clock;
import java.time.Instant;
import org.doorman.app.ids.Ids;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers members: validates, stores the profile, groups, password hash and a first API token in one transaction,
 * and announces an e-mail address given with them ({@link EmailAddressGiven}).
 */
@Service
public class MemberRegistration {

    private final JdbcMembers members;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MemberRegistration(JdbcMembers members, PasswordEncoder passwords, Clock clock, ApplicationEventPublisher events) {
        this.members = members;
        this.passwords = passwords;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Stores a new member and returns their id and token.
     *
     * @throws InvalidMember when a field is missing or wrong or the handle is taken; nothing is stored then
     */
    @Transactional
    public Registered register(NewMember newMember) {
        var valid = ValidMember.of(newMember);
        var member = valid.checked();
        if (members.handleTaken(member.handle())) {
            throw new InvalidMember("handle '" + member.handle() + "' is already taken.");
        }
        long now = clock.millis();
        String id = Ids.next("m");
        String token = Tokens.newToken();
        String passwordHash = member.password() == null ? null : passwords.encode(member.password());
        members.insert(id, valid, passwordHash, Tokens.hash(token), now);
        if (member.profile().email() != null) {
            events.publishEvent(new EmailAddressGiven(new MemberId(id), Instant.ofEpochMilli(now)));
        }
        return new Registered(id, member.handle(), token);
    }

    /** True when no member exists yet, e.g. before a demo network is created. */
    public boolean noMembersYet() {
        return members.isEmpty();
    }
}
