package org.doorman.app.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.doorman.core.lifecycle.ContactRequest;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestState;
import org.doorman.core.screening.Signal;
import org.springframework.dao.DuplicateKeyException;

/** {@link Requests} in memory, for the lifecycle's tests without a database. */
final class InMemoryRequests implements Requests {

    private final Map<String, StoredRequest> rows = new LinkedHashMap<>();
    private final Map<String, List<Signal>> signals = new HashMap<>();
    private final Map<String, Instant> unanswered = new HashMap<>();
    private final Map<String, Integer> failures = new HashMap<>();

    @Override
    public synchronized void insert(StoredRequest stored, List<Signal> found) {
        if (stored.request().state().open()
                && openBetween(stored.senderId(), stored.recipientId()).isPresent()) {
            throw new DuplicateKeyException("an open request between the two exists");
        }
        rows.put(stored.id(), stored);
        signals.put(stored.id(), List.copyOf(found));
    }

    @Override
    public synchronized Optional<StoredRequest> find(String id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized boolean update(StoredRequest stored, ContactRequest next) {
        var current = rows.get(stored.id());
        if (current == null || current.version() != stored.version()) {
            return false;
        }
        rows.put(
                stored.id(),
                new StoredRequest(next, stored.version() + 1, stored.message(), stored.sentAt(), stored.screening()));
        return true;
    }

    @Override
    public synchronized void markUnanswered(String id, Instant at) {
        unanswered.put(id, at);
    }

    /** When the requester left the request's question unanswered, if they did. */
    synchronized Optional<Instant> unansweredAt(String id) {
        return Optional.ofNullable(unanswered.get(id));
    }

    synchronized List<Signal> signals(String id) {
        return signals.getOrDefault(id, List.of());
    }

    @Override
    public synchronized Optional<String> openBetween(String senderId, String recipientId) {
        return ids(r -> from(r, senderId, recipientId) && r.request().state().open()).stream()
                .findFirst();
    }

    @Override
    public synchronized Optional<Instant> lastDecline(String senderId, String recipientId) {
        return select(r -> from(r, senderId, recipientId) && r.request().state() == RequestState.DECLINED).stream()
                .flatMap(r -> r.request().decidedAt().stream())
                .max(Comparator.naturalOrder());
    }

    @Override
    public synchronized List<Instant> sentSince(String senderId, Instant since) {
        return select(r -> r.senderId().equals(senderId) && r.sentAt().isAfter(since)).stream()
                .map(StoredRequest::sentAt)
                .sorted()
                .toList();
    }

    @Override
    public synchronized int notAcceptedSince(String senderId, Instant since) {
        return select(r -> r.senderId().equals(senderId)
                        && r.sentAt().isAfter(since)
                        && r.request().state() != RequestState.ACCEPTED)
                .size();
    }

    @Override
    public synchronized List<String> awaitingMeetingsBetween(String a, String b) {
        return ids(r -> r.request().state() == RequestState.AWAITING_MEETINGS && (from(r, a, b) || from(r, b, a)));
    }

    @Override
    public synchronized List<String> awaitingMeetingsAmong(List<String> memberIds) {
        return ids(r -> r.request().state() == RequestState.AWAITING_MEETINGS
                && memberIds.contains(r.senderId())
                && memberIds.contains(r.recipientId()));
    }

    @Override
    public synchronized Optional<Instant> lastQuestion(String recipientId, String senderId) {
        return select(r -> from(r, senderId, recipientId)).stream()
                .flatMap(r -> r.request().askedAt().stream())
                .max(Comparator.naturalOrder());
    }

    /** None: the in-memory requests keep no messages, and a conversation is what both wrote. */
    @Override
    public Optional<Instant> lastConversation(MemberId a, MemberId b, Instant now) {
        return Optional.empty();
    }

    @Override
    public synchronized List<String> claimDue(Instant now, int limit) {
        return select(r -> r.request().state() == RequestState.AWAITING_REPLY
                        && r.request().deadline().filter(at -> !at.isAfter(now)).isPresent())
                .stream()
                .limit(limit)
                .map(StoredRequest::id)
                .toList();
    }

    @Override
    public synchronized int deadlineFailed(String id, Instant now) {
        return failures.merge(id, 1, Integer::sum);
    }

    @Override
    public synchronized List<StoredRequest> inbox(
            String recipientId, Optional<RequestState> state, int limit, int offset) {
        return newestFirst(
                r -> r.recipientId().equals(recipientId)
                        && state.map(s -> s == r.request().state()).orElse(true),
                limit,
                offset);
    }

    @Override
    public synchronized List<StoredRequest> inbox(String recipientId, InboxFilter filter, int limit, int offset) {
        return newestFirst(
                r -> r.recipientId().equals(recipientId)
                        && (filter.states().isEmpty()
                                || filter.states().contains(r.request().state()))
                        && filter.category()
                                .map(c -> r.screening()
                                        .map(s -> s.category().equals(c))
                                        .orElse(false))
                                .orElse(true),
                limit,
                offset);
    }

    private List<StoredRequest> newestFirst(Predicate<StoredRequest> which, int limit, int offset) {
        return select(which).stream()
                .sorted(Comparator.comparing(StoredRequest::sentAt)
                        .thenComparing(StoredRequest::id)
                        .reversed())
                .skip(offset)
                .limit(limit)
                .toList();
    }

    private List<StoredRequest> select(Predicate<StoredRequest> which) {
        var found = new ArrayList<StoredRequest>();
        rows.values().stream().filter(which).forEach(found::add);
        return found;
    }

    private List<String> ids(Predicate<StoredRequest> which) {
        return select(which).stream().map(StoredRequest::id).toList();
    }

    private static boolean from(StoredRequest r, String senderId, String recipientId) {
        return r.senderId().equals(senderId) && r.recipientId().equals(recipientId);
    }
}
