package org.doorman.app.requests;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorman.core.lifecycle.ContactRequest;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestState;
import org.doorman.core.screening.Signal;

/** The contact requests as stored: their state, version, screening and deadlines. */
interface Requests {

    /** Stores a new request with the signals its screening found. */
    void insert(StoredRequest stored, List<Signal> signals);

    Optional<StoredRequest> find(String id);

    /** Stores {@code next} if the row's version is still the one of {@code stored}; false when it changed since. */
    boolean update(StoredRequest stored, ContactRequest next);

    /** The requester left the request's clarifying question unanswered. */
    void markUnanswered(String id, Instant at);

    /** The open request from the sender to the recipient, if there is one. */
    Optional<String> openBetween(String senderId, String recipientId);

    /** When the recipient last declined a request of this sender, if ever. */
    Optional<Instant> lastDecline(String senderId, String recipientId);

    /** When the sender's requests sent after {@code since} went out, oldest first. */
    List<Instant> sentSince(String senderId, Instant since);

    /** How many of the sender's requests sent after {@code since} were not accepted. */
    int notAcceptedSince(String senderId, Instant since);

    /**
     * What the stored requests say about one more request from the sender to the recipient: the sender's requests sent
     * after {@code sentSince}, how many of those sent after {@code notAcceptedSince} were not accepted, and the pair's
     * open request, last decline, last clarifying question and last conversation as of {@code now}. A database answers
     * it in one statement.
     */
    default SendingHistory sendingHistory(
            String senderId, String recipientId, Instant sentSince, Instant notAcceptedSince, Instant now) {
        return new SendingHistory(
                sentSince(senderId, sentSince),
                notAcceptedSince(senderId, notAcceptedSince),
                openBetween(senderId, recipientId).isPresent(),
                lastDecline(senderId, recipientId),
                lastQuestion(recipientId, senderId),
                lastConversation(new MemberId(senderId), new MemberId(recipientId), now));
    }

    /** When the latest request of the two's last conversation was sent, as of {@code now} ({@link PriorConversation}). */
    Optional<Instant> lastConversation(MemberId a, MemberId b, Instant now);

    /** Requests between the two (either way) that wait for meetings in person. */
    List<String> awaitingMeetingsBetween(String a, String b);

    /** Requests waiting for meetings in person whose requester and member are both among {@code memberIds}. */
    List<String> awaitingMeetingsAmong(List<String> memberIds);

    /** When the member last asked this requester a clarifying question, if ever. */
    Optional<Instant> lastQuestion(String recipientId, String senderId);

    /** Claims up to {@code limit} requests whose reply deadline passed; other processes skip them meanwhile. */
    List<String> claimDue(Instant now, int limit);

    /** Acting on the request's deadline failed once more; answers how often it has failed now. */
    int deadlineFailed(String id, Instant now);

    /** The member's requests received, newest first, optionally only those in one state. */
    List<StoredRequest> inbox(String recipientId, Optional<RequestState> state, int limit, int offset);

    /** The member's requests received, newest first, as the inbox filter says. */
    List<StoredRequest> inbox(String recipientId, InboxFilter filter, int limit, int offset);
}
