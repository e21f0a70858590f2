package org.doorman.app.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorman.app.contacts.Contacts;
import org.doorman.app.ids.Ids;
import org.doorman.app.meetings.AttendanceConfirmed;
import org.doorman.app.meetings.MeetingRecorded;
import org.doorman.app.members.BlockList;
import org.doorman.app.members.MemberDirectory;
import org.doorman.app.senders.ReportReason;
import org.doorman.app.senders.ScreeningFacts;
import org.doorman.app.senders.SenderActivity;
import org.doorman.app.senders.SenderStandings;
import org.doorman.app.senders.Standing;
import org.doorman.core.lifecycle.ContactRequest;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;
import org.doorman.core.lifecycle.RequestState;
import org.doorman.core.lifecycle.Transition;
import org.doorman.core.lifecycle.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * The front desk of contact requests: sending one (screened at once by the recipient's strategy), the messages of
 * its conversation and the member's own decisions; it also accepts requests under a meet-in-person policy when a
 * {@link MeetingRecorded} brings the two to the required number of meetings. Failures of the caller are
 * {@link org.springframework.web.ErrorResponse}s (problem details).
 */
@Service
public class RequestDesk {

    private static final Logger log = LoggerFactory.getLogger(RequestDesk.class);

    private final MemberDirectory members;
    private final Contacts contacts;
    private final ScreeningFacts facts;
    private final StrategyScreening screening;
    private final Requests requests;
    private final EffectApplier effects;
    private final Transitions transitions;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final RequestSettings settings;
    private final SenderGate gate;
    private final BlockList blocks;
    private final ApplicationEventPublisher events;

    RequestDesk(
            MemberDirectory members,
            Contacts contacts,
            ScreeningFacts facts,
            StrategyScreening screening,
            Requests requests,
            EffectApplier effects,
            Transitions transitions,
            TransactionTemplate transactions,
            Clock clock,
            RequestSettings settings,
            SenderGate gate,
            BlockList blocks,
            ApplicationEventPublisher events) {
        this.members = members;
        this.contacts = contacts;
        this.facts = facts;
        this.screening = screening;
        this.requests = requests;
        this.effects = effects;
        this.transitions = transitions;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = settings;
        this.gate = gate;
        this.blocks = blocks;
        this.events = events;
    }

    /**
     * Sends a contact request from {@code sender} to {@code recipient}; the recipient's strategy screens it at once.
     * A missing recipient is refused at the edge ({@code NewRequest}). Refuses a text over
     * {@code doorman.messages.max-length} (413), a request to oneself or to an unknown member (422), and a request
     * while one is open between the two or they are contacts (409). A request within
     * {@code doorman.requests.retry-after} of a decline or a silent removal, or to a member who blocked the sender,
     * answers exactly as one while an earlier request is pending, and nothing of it is stored: the requester cannot
     * tell these apart. A suspended sender is refused (403), and the sender limits apply (429, 409; see
     * {@link SenderGate}). A warned sender gets the operator's warning with the answer.
     */
    public SentRequest send(MemberId sender, MemberId recipient, String message) {
        return send(sender, recipient, message, clock.instant());
    }

    /**
     * As {@link #send(MemberId, MemberId, String)}, sent at {@code now} instead of the clock's time: the screening, the
     * deadlines, the messages, tasks, contacts and audit steps it causes all date from it. For history written after
     * the fact (the demo's requests of past weeks); a member's request is always sent at the clock's time.
     */
    public SentRequest send(MemberId sender, MemberId recipient, String message, Instant now) {
        String text = message == null ? "" : message;
        checkLength("message", text);
        if (recipient.equals(sender)) {
            throw RequestProblems.unprocessable("A member cannot send a contact request to themselves.");
        }
        var to = members.find(recipient)
                .orElseThrow(() -> RequestProblems.unprocessable("recipient: there is no member " + recipient + "."));
        var from = members.find(sender)
                .orElseThrow(() -> RequestProblems.unprocessable("There is no member " + sender + " to send from."));
        // each fact is read once, here, and handed on to the checks and the screening
        var admitted = gate.admit(sender, recipient, now);
        var history = admitted.history();
        var standing = contacts.standing(recipient, sender);
        var relation = standing.relation();
        if (history.openBetween()
                || declinedWithinRetryPeriod(history, relation, now)
                || blocks.blocked(recipient, sender)) {
            throw pendingAlready();
        }
        if (relation.otherHasMember()) {
            throw RequestProblems.conflict("You and " + to.name() + " are contacts already.");
        }
        var outcome = screening.screen(from, to, text, now, history, standing);
        var fresh = ContactRequest.received(new RequestId(Ids.next("req")), sender, recipient);
        var moved = fresh.screen(outcome.screened(), settings.lifecycle(), now).orThrow();
        var stored = new StoredRequest(moved.request(), 0, text, now, Optional.of(outcome.record()));
        try {
            transactions.executeWithoutResult(status -> {
                if (requests.openBetween(sender, recipient).isPresent()) {
                    throw pendingAlready();
                }
                requests.insert(stored, outcome.signals());
                events.publishEvent(
                        new SenderActivity.Sent(fresh.id(), fresh.sender(), fresh.recipient(), to.name(), text, now));
                effects.apply(moved.request(), moved.effects(), now);
                if (!moved.request().state().open()) {
                    events.publishEvent(new SenderActivity.Decided(
                            fresh.id(), moved.request().state() == RequestState.ACCEPTED, now));
                }
            });
        } catch (DataIntegrityViolationException e) {
            // the unique index on open requests, when two arrive at once
            throw pendingAlready();
        }
        var sent = new SentRequest(stored.id().value(), moved.request().state().senderView());
        return admitted.standing() == Standing.WARNED ? sent.withNotice(SenderStandings.WARNING) : sent;
    }

    /**
     * As {@link #send(MemberId, MemberId, String)}, to the recipient as the caller named them (a missing one is refused
     * at the edge: {@code NewRequest}, the compose form); one that cannot be a member id answers as an unknown member
     * does.
     */
    SentRequest send(MemberId sender, String recipient, String message) {
        checkLength("message", message == null ? "" : message);
        var to = Ids.member(recipient)
                .orElseThrow(() -> RequestProblems.unprocessable("recipient: there is no member " + recipient + "."));
        return send(sender, to, message);
    }

    /** The request if the caller is its sender or recipient; else 404, whether it exists or not. */
    StoredRequest visibleTo(RequestId id, MemberId caller) {
        return requests.find(id)
                .filter(stored ->
                        stored.sender().equals(caller) || stored.recipient().equals(caller))
                .orElseThrow(() -> RequestProblems.noRequest(id.value()));
    }

    /** The open request from {@code sender} to {@code recipient}, if there is one. */
    public Optional<RequestId> openRequest(MemberId sender, MemberId recipient) {
        return requests.openBetween(sender, recipient);
    }

    /** A message by the sender or the recipient; the sender's answer to a clarifying question opens a dialog. */
    public void write(RequestId id, MemberId caller, String body) {
        post(id, caller, body);
    }

    /** The recipient's own decision, {@code accept} or {@code decline}, overriding the strategy. */
    public void overrule(RequestId id, MemberId caller, String action) {
        decide(id, caller, action);
    }

    StoredRequest post(RequestId id, MemberId caller, String body) {
        visibleTo(id, caller);
        checkLength("body", body);
        return transitions.change(id, (request, now) -> request.messagePosted(caller, body, now));
    }

    /** The recipient's own decision ({@code accept} or {@code decline}), which overrides the strategy. */
    StoredRequest decide(RequestId id, MemberId caller, String action) {
        var stored = visibleTo(id, caller);
        var verdict = Verdict.fromWireName(action == null ? "" : action.strip())
                .orElseThrow(() -> RequestProblems.badInput("action: say \"accept\" or \"decline\"."));
        if (!stored.recipient().equals(caller)) {
            throw RequestProblems.of(
                    org.springframework.http.HttpStatus.FORBIDDEN, "Only the recipient decides on a request.");
        }
        return transitions.change(id, (request, now) -> request.memberDecided(verdict, now));
    }

    /**
     * The recipient reports a request: they do not know the requester, or it is spam. It is declined silently (unless
     * it was accepted: 409), and the sender's record learns of the report.
     */
    StoredRequest report(RequestId id, MemberId caller, String reason) {
        var stored = visibleTo(id, caller);
        var why = ReportReason.fromWireName(reason == null ? "" : reason.strip())
                .orElseThrow(() -> RequestProblems.badInput("reason: say \"unknown_person\" or \"spam\"."));
        if (!stored.recipient().equals(caller)) {
            throw RequestProblems.of(
                    org.springframework.http.HttpStatus.FORBIDDEN, "Only the recipient reports a request.");
        }
        var declined = transitions.change(id, (request, now) -> request.memberDecided(Verdict.DECLINE, now));
        transactions.executeWithoutResult(status -> events.publishEvent(new SenderActivity.Reported(
                declined.request().id(), declined.request().recipient(), why, clock.instant())));
        return declined;
    }

    List<StoredRequest> inbox(MemberId recipient, Optional<RequestState> state, int limit, int offset) {
        return requests.inbox(recipient, state, limit, offset);
    }

    List<StoredRequest> inbox(MemberId recipient, InboxFilter filter, int limit, int offset) {
        return requests.inbox(recipient, filter, limit, offset);
    }

    /** Accepts open requests between the two under a meet-in-person policy once they met often enough. */
    @EventListener
    void onMeeting(MeetingRecorded meeting) {
        requests.awaitingMeetingsBetween(meeting.memberId(), meeting.otherId()).forEach(this::countMeetings);
    }

    /** The organiser confirmed an event's attendance: requests among the attendees may have met often enough. */
    @EventListener
    void onAttendanceConfirmed(AttendanceConfirmed confirmed) {
        requests.awaitingMeetingsAmong(confirmed.memberIds()).forEach(this::countMeetings);
    }

    private void countMeetings(RequestId requestId) {
        try {
            // The recipient's policy counts the meetings the recipient recognizes, not what the requester claims.
            transitions.change(requestId, (request, now) -> switch (request.meetingsCounted(
                    facts.meetingsRecognized(request.recipient(), request.sender()), now)) {
                case Transition.Moved moved -> moved;
                case Transition.Refused refused -> new Transition.Moved(request, List.of());
            });
        } catch (RuntimeException e) {
            log.warn("Could not count the meetings for request {}", requestId, e);
        }
    }

    private void checkLength(String field, String text) {
        int max = settings.messages().maxLength();
        if (text.length() > max) {
            throw RequestProblems.tooLong(field, text.length(), max);
        }
    }

    /** Whether the member declined this requester, or silently removed them, within the retry period. */
    private boolean declinedWithinRetryPeriod(SendingHistory history, Contacts.Relation relation, Instant now) {
        var since = now.minus(settings.requests().retryAfter());
        return history.lastDecline().filter(at -> at.isAfter(since)).isPresent()
                || relation.removedAt().filter(at -> at.isAfter(since)).isPresent();
    }

    /**
     * The one answer while an earlier request is pending as the requester sees it: really pending, declined within the
     * retry period, or removed. It names no request, so that it reads the same in every case.
     */
    private static ErrorResponseException pendingAlready() {
        return RequestProblems.conflict("You have an open request to this member already; wait for an answer.");
    }
}
