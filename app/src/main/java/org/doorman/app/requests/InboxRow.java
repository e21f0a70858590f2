package org.doorman.app.requests;

import java.util.Locale;
import java.util.Set;
import org.doorman.app.members.Member;
import org.doorman.app.web.Moments;
import org.doorman.core.screening.Signal;
import org.doorman.core.screening.SignalName;

/** A line of the inbox page: who asked, what it is, what happened or is proposed and why. */
record InboxRow(
        String id,
        String state,
        String senderName,
        String senderHeadline,
        String category,
        String ruleId,
        String rule,
        String decidedBy,
        String sentAt,
        String deadline,
        boolean readAboutMe,
        String excerpt) {

    private static final Set<String> WAITING = Set.of("review", "in_dialog");

    static InboxRow from(StoredRequest stored, Member sender, java.util.List<Signal> signals, Locale locale) {
        var screening = stored.screening();
        String text = stored.message().strip().replaceAll("\\s+", " ");
        return new InboxRow(
                stored.id().value(),
                stored.request().state().wireName(),
                sender == null ? "?" : sender.name(),
                sender == null || sender.profile().headline() == null
                        ? ""
                        : sender.profile().headline(),
                screening.map(ScreeningRecord::categoryName).orElse(""),
                screening.map(ScreeningRecord::ruleId).orElse(""),
                screening.map(ScreeningRecord::rule).orElse(""),
                stored.request().decidedBy().orElse(""),
                Moments.of(stored.sentAt(), locale),
                stored.request().deadline().map(d -> Moments.date(d, locale)).orElse(""),
                signals.stream().anyMatch(s -> s.name().equals(SignalName.VISITED_PROFILE.wireName())),
                text.length() > 140 ? text.substring(0, 139) + "…" : text);
    }

    /** A review or a dialog waits for the member: the row stands out. */
    public boolean waiting() {
        return WAITING.contains(state);
    }

    public boolean open() {
        return !state.equals("accepted") && !state.equals("declined");
    }

    public boolean byMember() {
        return decidedBy.startsWith("member:");
    }

    public boolean byDeadline() {
        return decidedBy.startsWith("system:");
    }
}
