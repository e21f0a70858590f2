package org.doorman.app.privacy;

import java.time.Clock;
import org.doorman.core.lifecycle.MemberId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a member (GDPR article 17): their profile, tokens, strategy, templates, tasks, contacts and received requests
 * go; what other members keep is anonymised; open requests from them end silently. Logged without personal data.
 */
@Service
class Erasure {

    private static final Logger log = LoggerFactory.getLogger(Erasure.class);

    enum Who {
        MEMBER("at their own request"),
        OPERATOR("by the operator");

        final String words;

        Who(String words) {
            this.words = words;
        }
    }

    private final JdbcErasure erasure;
    private final Clock clock;

    Erasure(JdbcErasure erasure, Clock clock) {
        this.erasure = erasure;
        this.clock = clock;
    }

    /** Erases the member; answers false (and changes nothing) when there is no such member. */
    @Transactional
    public boolean erase(MemberId memberId, Who who) {
        if (!erasure.exists(memberId.value())) {
            return false;
        }
        var erased = erasure.erase(memberId.value(), clock.instant());
        log.info(
                "Erased a member {}: {} sent requests anonymised ({} open ones ended silently), {} received deleted",
                who.words,
                erased.sentAnonymised(),
                erased.openEnded(),
                erased.receivedDeleted());
        return true;
    }
}
