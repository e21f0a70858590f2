package org.doorman.core.lifecycle;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.doorman.core.screening.Language;
import org.doorman.core.strategy.Decision;

/**
 * What the recipient's strategy decided about a new request, with what the lifecycle needs to carry it out: the
 * requester's name and language, the member's name (messages in their name are signed with it) and language, when this member last asked this requester a clarifying
 * question, the network's next official event, the member's policy in plain words per language, and how often the
 * two have met.
 */
public record Screened(
        Decision decision,
        String requesterName,
        String memberName,
        Language requesterLanguage,
        Language memberLanguage,
        Optional<Instant> lastQuestionToRequester,
        Optional<UpcomingEvent> nextEvent,
        Map<Language, String> policy,
        int meetingsSoFar) {
    public Screened {
        Objects.requireNonNull(decision, "decision");
        requesterName = requesterName == null ? "" : requesterName;
        memberName = memberName == null ? "" : memberName;
        Objects.requireNonNull(requesterLanguage, "requesterLanguage");
        Objects.requireNonNull(memberLanguage, "memberLanguage");
        Objects.requireNonNull(lastQuestionToRequester, "lastQuestionToRequester");
        Objects.requireNonNull(nextEvent, "nextEvent");
        policy = Map.copyOf(policy);
        if (meetingsSoFar < 0) {
            throw new IllegalArgumentException("meetingsSoFar cannot be negative");
        }
    }

    /**
     * The language to write to the requester in (clarifying questions, invitations): the language their request was
     * written in when Doorman speaks it, else their profile's language, else English.
     */
    public Language messageLanguage() {
        if (decision.language().supported()) {
            return decision.language();
        }
        return requesterLanguage.supported() ? requesterLanguage : Language.EN;
    }

    /** The language of texts for the member, such as a follow-up task. */
    Language taskLanguage() {
        return memberLanguage.supported() ? memberLanguage : Language.EN;
    }
}
