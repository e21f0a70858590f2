package org.doorman.app.requests;

import java.time.Clock;
import java.util.Optional;
import org.doorman.app.ids.Ids;
import org.doorman.app.members.Acquaintances;
import org.doorman.app.members.Member;
import org.doorman.app.members.MemberDirectory;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.strategy.Decision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dry runs of a strategy, which store nothing: the member tries their own strategy on a pasted message, and a sender
 * has a draft coached against the recipient's strategy before sending it.
 */
@Service
class DryRuns {

    private final MemberDirectory members;
    private final StrategyScreening screening;
    private final Acquaintances acquaintances;
    private final CoachingLimit limit;
    private final RequestSettings settings;
    private final Clock clock;

    DryRuns(
            MemberDirectory members,
            StrategyScreening screening,
            Acquaintances acquaintances,
            CoachingLimit limit,
            RequestSettings settings,
            Clock clock) {
        this.members = members;
        this.screening = screening;
        this.acquaintances = acquaintances;
        this.limit = limit;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * What the member's strategy would do with this message, optionally as if the member the caller named as
     * {@code sender} had sent it.
     */
    @Transactional(readOnly = true)
    Decision tryStrategy(MemberId member, String message, Optional<String> sender) {
        String text = checked(message);
        var me = members.find(member).orElseThrow(() -> RequestProblems.noRequest(member.value()));
        Optional<Member> from = sender.map(String::strip)
                .filter(id -> !id.isEmpty())
                .map(id -> Ids.member(id)
                        .flatMap(members::find)
                        .filter(found -> !found.id().equals(member.value()))
                        .orElseThrow(
                                () -> RequestProblems.unprocessable("sender: there is no other member " + id + ".")));
        return screening.dryRun(from, me, text, clock.instant());
    }

    /** Feedback on a draft to the member the caller named as {@code recipient}; rate limited per sender. */
    @Transactional(readOnly = true)
    Coached coach(MemberId sender, String recipient, String message) {
        String text = checked(message);
        if (recipient.equals(sender.value())) {
            throw RequestProblems.unprocessable("A member cannot send a contact request to themselves.");
        }
        var to = Ids.member(recipient.strip())
                .flatMap(members::find)
                .orElseThrow(() -> RequestProblems.unprocessable("recipient: there is no member " + recipient + "."));
        var from = members.find(sender).orElseThrow();
        limit.take(sender);
        var now = clock.instant();
        var decision = screening.dryRun(Optional.of(from), to, text, now);
        boolean readAboutMe = acquaintances.between(sender, to.memberId(), now).visitedProfile();
        return new Coached(to, Coaching.of(decision, readAboutMe));
    }

    record Coached(Member recipient, Coaching coaching) {}

    private String checked(String message) {
        String text = message == null ? "" : message;
        int max = settings.messages().maxLength();
        if (text.length() > max) {
            throw RequestProblems.tooLong("message", text.length(), max);
        }
        return text;
    }
}
