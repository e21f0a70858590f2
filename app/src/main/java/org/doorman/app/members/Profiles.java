package org.doorman.app.members;

import java.time.Clock;
import java.time.Instant;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** A member reads and changes their own profile; the offers and "about" text drive how requests to them are screened. */
@Service
public class Profiles {

    private final JdbcMembers members;
    private final Clock clock;
    private final java.util.List<OwnSettings> settings;
    private final ApplicationEventPublisher events;

    Profiles(JdbcMembers members, Clock clock, java.util.List<OwnSettings> settings, ApplicationEventPublisher events) {
        this.members = members;
        this.clock = clock;
        this.settings = settings;
        this.events = events;
    }

    /** The member's settings kept by other capabilities, by their field name in {@code /me}. */
    @Transactional(readOnly = true)
    public java.util.Map<String, Object> settingsOf(MemberId memberId) {
        var all = new java.util.TreeMap<String, Object>();
        settings.forEach(own -> all.put(own.name(), own.shown(memberId)));
        return all;
    }

    @Transactional(readOnly = true)
    public Member mine(MemberId memberId) {
        return members.find(memberId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No member " + memberId + "."));
    }

    /**
     * Replaces the profile and changes the settings given with it (the digest); refuses a missing name or language,
     * an unknown language, an over-long field or a bad setting with {@link InvalidMember} (400), and then changes
     * nothing. A new e-mail address is announced ({@link EmailAddressGiven}) in the same transaction.
     */
    @Transactional
    public Member change(MemberId memberId, ProfileChange change) {
        if (change == null) {
            throw new InvalidMember("The request has no profile.");
        }
        var current = mine(memberId);
        var valid = ValidMember.of(new NewMember(current.handle(), change.profile(), null));
        long now = clock.millis();
        members.update(memberId.value(), valid, now);
        String email = valid.checked().profile().email();
        if (email != null && !email.equals(current.profile().email())) {
            events.publishEvent(new EmailAddressGiven(memberId, Instant.ofEpochMilli(now)));
        }
        for (var own : settings) {
            change.settings(own.name()).ifPresent(fields -> {
                try {
                    own.changeFrom(memberId, fields);
                } catch (IllegalArgumentException e) {
                    throw new InvalidMember(own.name() + ": " + e.getMessage());
                }
            });
        }
        return mine(memberId);
    }
}
