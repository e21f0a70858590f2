package org.doorman.app.requests;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.doorman.core.lifecycle.ContactRequest;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;
import org.doorman.core.lifecycle.RequestState;
import org.doorman.core.screening.Signal;

/** The contact requests as stored: their state, version, screening and deadlines. */
interface Requests {

    /** Stores a new request with the signals its screening found. */
    void insert(StoredRequest stored, List<Signal> signals);

    Optional<StoredRequest> find(RequestId id);

    /** Stores {@code next} if the row's version is still the one of {@code stored}; false when it changed since. */
    boolean update(StoredRequest stored, ContactRequest next);

    /** The requester left the request's clarifying question unanswered. */
    void markUnanswered(RequestId id, Instant at);

    /** The open request from the sender to the recipient, if there is one. */
    Optional<RequestId> openBetween(MemberId sender, MemberId recipient);

    /** When the recipient last declined a request of this sender, if ever. */
    Optional<Instant> lastDecline(MemberId sender, MemberId recipient);

    /** When the sender's requests sent after {@code since} went out, oldest first. */
    List<Instant> sentSince(MemberId sender, Instant since);

    /** How many of the sender's requests sent after {@code since} were not accepted. */
    int notAcceptedSince(MemberId sender, Instant since);

    /**
     * What the stored requests say about one more request from the sender to the recipient: the sender's requests sent
     * after {@code sentSince}, how many of those sent after {@code notAcceptedSince} were not accepted, and the pair's
     * open request, last decline, last clarifying question and last conversation as of {@code now}. A database answers
     * it in one statement.
     */
    default SendingHistory sendingHistory(
            MemberId sender, MemberId recipient, Instant sentSince, Instant notAcceptedSince, Instant now) {
        return new SendingHistory(
                sentSince(sender, sentSince),
                notAcceptedSince(sender, notAcceptedSince),
                openBetween(sender, recipient).isPresent(),
                lastDecline(sender, recipient),
                lastQuestion(recipient, sender),
                lastConversation(sender, recipient, now));
    }

    /** When the latest request of the two's last conversation was sent, as of {@code now} ({@link PriorConversation}). */
    Optional<Instant> lastConversation(MemberId a, MemberId b, Instant now);

    /** Requests between the two (either way) that wait for meetings in person. */
    List<RequestId> awaitingMeetingsBetween(MemberId a, MemberId b);

    /** Requests waiting for meetings in person whose requester and member are both among {@code members}. */
    List<RequestId> awaitingMeetingsAmong(List<MemberId> members);

    /** When the member last asked this requester a clarifying question, if ever. */
    Optional<Instant> lastQuestion(MemberId recipient, MemberId sender);

    /** Claims up to {@code limit} requests whose reply deadline passed; other processes skip them meanwhile. */
    List<RequestId> claimDue(Instant now, int limit);

    /** Acting on the request's deadline failed once more; answers how often it has failed now. */
    int deadlineFailed(RequestId id, Instant now);

    /** The member's requests received, newest first, optionally only those in one state. */
    List<StoredRequest> inbox(MemberId recipient, Optional<RequestState> state, int limit, int offset);

    /** The member's requests received, newest first, as the inbox filter says. */
    List<StoredRequest> inbox(MemberId recipient, InboxFilter filter, int limit, int offset);

    /** The signals the request's screening found, in the order found. */
    List<Signal> signals(RequestId request);

    /** Every request the sender sent the recipient, newest first. */
    List<StoredRequest> between(MemberId sender, MemberId recipient);

    /** The requests the member received since {@code since}, oldest first. */
    List<StoredRequest> receivedSince(MemberId recipient, Instant since);

    /** Who sent the member requests, most recent first. */
    List<MemberId> sendersTo(MemberId recipient);

    /** The member's received requests that raised the signal. */
    Set<RequestId> withSignal(MemberId recipient, String signal);
}
