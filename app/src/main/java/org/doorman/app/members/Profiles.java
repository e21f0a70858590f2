package org.doorman.app.members;

import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** A member reads and changes their own profile; the offers and "about" text drive how requests to them are screened. */
@Service
public class Profiles {

    private final JdbcMembers members;
    private final Clock clock;

    Profiles(JdbcMembers members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Member mine(String memberId) {
        return members.find(memberId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No member " + memberId + "."));
    }

    /**
     * Replaces the profile; refuses a missing name or language, an unknown language or an over-long field with
     * {@link InvalidMember} (400), and then changes nothing.
     */
    @Transactional
    public Member change(String memberId, ProfileChange change) {
        if (change == null) {
            throw new InvalidMember("The request has no profile.");
        }
        var current = mine(memberId);
        var valid = ValidMember.of(new NewMember(
                current.handle(),
                change.name(),
                change.language(),
                change.headline(),
                change.about(),
                change.offers(),
                change.seeks(),
                change.interests(),
                change.groups(),
                change.company(),
                change.email(),
                null));
        members.update(memberId, valid, clock.millis());
        return mine(memberId);
    }
}
