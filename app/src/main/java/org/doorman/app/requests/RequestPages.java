package org.doorman.app.requests;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.doorman.app.meetings.Meetings;
import org.doorman.app.members.Member;
import org.doorman.app.members.MemberDirectory;
import org.doorman.app.requests.RequestPageView.Bubble;
import org.doorman.app.requests.RequestPageView.Context;
import org.doorman.app.requests.RequestPageView.Line;
import org.doorman.app.requests.RequestPageView.SignalLine;
import org.doorman.app.requests.RequestPageView.TaskLine;
import org.doorman.app.web.Highlights;
import org.doorman.app.web.Moments;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.screening.SignalName;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the request page from the stored request, its conversation, audit trail and what the two share. */
@Component
class RequestPages {

    private final Requests requests;
    private final Conversations conversation;
    private final AuditTrail audit;
    private final Tasks tasks;
    private final MemberDirectory members;
    private final Relationships relationships;
    private final Meetings meetings;
    private final MessageSource messages;
    private final Clock clock;

    RequestPages(
            Requests requests,
            Conversations conversation,
            AuditTrail audit,
            Tasks tasks,
            MemberDirectory members,
            Relationships relationships,
            Meetings meetings,
            MessageSource messages,
            Clock clock) {
        this.requests = requests;
        this.conversation = conversation;
        this.audit = audit;
        this.tasks = tasks;
        this.members = members;
        this.relationships = relationships;
        this.meetings = meetings;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    RequestPageView of(StoredRequest stored, MemberId caller, Locale locale) {
        boolean recipient = stored.recipient().equals(caller);
        var otherId = recipient ? stored.sender() : stored.recipient();
        Member other = members.find(otherId).orElseThrow();
        var bubbles = conversation.of(stored.id()).stream()
                .map(m -> new Bubble(
                        name(m.author().value(), caller, locale),
                        m.author().equals(caller),
                        m.kind(),
                        m.body(),
                        Moments.of(m.sentAt(), locale)))
                .toList();
        var request = stored.request();
        if (!recipient) {
            return new RequestPageView(
                    stored.id().value(),
                    request.state().senderView(),
                    false,
                    other,
                    Moments.of(stored.sentAt(), locale),
                    List.of(new Highlights.Segment(stored.message(), "")),
                    "",
                    0,
                    "",
                    "",
                    "",
                    "",
                    "",
                    null,
                    List.of(),
                    null,
                    List.of(),
                    bubbles,
                    List.of());
        }
        var signals = requests.signals(stored.id());
        var screening = stored.screening();
        var context = relationships.between(stored.sender(), caller, clock.instant());
        var earlier = requests.between(stored.sender(), caller).stream()
                .filter(s -> !s.id().equals(stored.id()))
                .map(s -> new Line(
                        Moments.date(s.sentAt(), locale),
                        messages.getMessage("state." + s.request().state().wireName(), null, locale),
                        excerpt(s.message())))
                .toList();
        return new RequestPageView(
                stored.id().value(),
                request.state().wireName(),
                true,
                other,
                Moments.of(stored.sentAt(), locale),
                Highlights.of(
                        stored.message(),
                        signals.stream()
                                .map(s -> new Highlights.Evidence(s.name(), s.evidence()))
                                .toList()),
                screening.map(ScreeningRecord::category).orElse(""),
                screening.map(s -> (int) Math.round(s.confidence() * 100)).orElse(0),
                screening.map(ScreeningRecord::ruleId).orElse(""),
                screening.map(ScreeningRecord::rule).orElse(""),
                screening.map(ScreeningRecord::explanation).orElse(""),
                request.decidedBy().orElse(""),
                request.deadline().map(d -> Moments.of(d, locale)).orElse(""),
                request.meetingsRequired().orElse(null),
                signals.stream()
                        .map(s -> new SignalLine(s.name(), s.evidence()))
                        .toList(),
                new Context(
                        context.mutualContacts(),
                        context.sharedGroups(),
                        meetings.countRecognizedBy(caller, stored.sender()),
                        signals.stream().anyMatch(s -> s.name().equals(SignalName.VISITED_PROFILE.wireName())),
                        earlier),
                audit.of(stored.id()).stream()
                        .map(e -> new Line(
                                Moments.of(e.at(), locale),
                                label("step." + e.step().replace(' ', '_'), e.step(), locale),
                                actor(e.actor(), caller, locale)))
                        .toList(),
                bubbles,
                tasks.of(caller, false).stream()
                        .filter(t -> t.request().equals(Optional.of(stored.id())))
                        .map(t -> new TaskLine(
                                t.id().value(),
                                t.title(),
                                Moments.date(t.dueAt(), locale),
                                t.doneAt().isPresent()))
                        .toList());
    }

    private String name(String memberId, MemberId caller, Locale locale) {
        if (memberId.equals(caller.value())) {
            return messages.getMessage("request.you", null, locale);
        }
        return members.find(new MemberId(memberId)).map(Member::name).orElse("?");
    }

    private String actor(String label, MemberId caller, Locale locale) {
        if (label.startsWith("member:")) {
            return name(label.substring("member:".length()), caller, locale);
        }
        if (label.startsWith("rule:")) {
            return messages.getMessage("request.byRule", new Object[] {label.substring(5)}, locale);
        }
        return messages.getMessage("request.byDoorman", null, locale);
    }

    private String label(String key, String fallback, Locale locale) {
        return Optional.ofNullable(messages.getMessage(key, null, null, locale)).orElse(fallback);
    }

    private static String excerpt(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > 100 ? line.substring(0, 99) + "…" : line;
    }
}
