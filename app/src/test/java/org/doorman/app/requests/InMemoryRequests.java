package org.doorman.app.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.doorman.core.lifecycle.ContactRequest;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;
import org.doorman.core.lifecycle.RequestState;
import org.doorman.core.screening.Signal;
import org.springframework.dao.DuplicateKeyException;

/** {@link Requests} in memory, for the lifecycle's tests without a database. */
final class InMemoryRequests implements Requests {

    private final Map<RequestId, StoredRequest> rows = new LinkedHashMap<>();
    private final Map<RequestId, List<Signal>> signals = new HashMap<>();
    private final Map<RequestId, Instant> unanswered = new HashMap<>();
    private final Map<RequestId, Integer> failures = new HashMap<>();

    @Override
    public synchronized void insert(StoredRequest stored, List<Signal> found) {
        if (stored.request().state().open()
                && openBetween(stored.sender(), stored.recipient()).isPresent()) {
            throw new DuplicateKeyException("an open request between the two exists");
        }
        rows.put(stored.id(), stored);
        signals.put(stored.id(), List.copyOf(found));
    }

    @Override
    public synchronized Optional<StoredRequest> find(RequestId id) {
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
    public synchronized void markUnanswered(RequestId id, Instant at) {
        unanswered.put(id, at);
    }

    /** When the requester left the request's question unanswered, if they did. */
    synchronized Optional<Instant> unansweredAt(RequestId id) {
        return Optional.ofNullable(unanswered.get(id));
    }

    @Override
    public synchronized List<Signal> signals(RequestId id) {
        return signals.getOrDefault(id, List.of());
    }

    @Override
    public synchronized List<StoredRequest> between(MemberId sender, MemberId recipient) {
        return newestFirst(r -> from(r, sender, recipient), Integer.MAX_VALUE, 0);
    }

    @Override
    public synchronized List<StoredRequest> receivedSince(MemberId recipient, Instant since) {
        return select(r -> r.recipient().equals(recipient) && !r.sentAt().isBefore(since)).stream()
                .sorted(Comparator.comparing(StoredRequest::sentAt))
                .toList();
    }

    @Override
    public synchronized List<MemberId> sendersTo(MemberId recipient) {
        return newestFirst(r -> r.recipient().equals(recipient), Integer.MAX_VALUE, 0).stream()
                .map(StoredRequest::sender)
                .distinct()
                .toList();
    }

    @Override
    public synchronized Set<RequestId> withSignal(MemberId recipient, String signal) {
        return new HashSet<>(ids(r -> r.recipient().equals(recipient)
                && signals(r.id()).stream().anyMatch(s -> s.name().equals(signal))));
    }

    @Override
    public synchronized Optional<RequestId> openBetween(MemberId sender, MemberId recipient) {
        return ids(r -> from(r, sender, recipient) && r.request().state().open()).stream()
                .findFirst();
    }

    @Override
    public synchronized Optional<Instant> lastDecline(MemberId sender, MemberId recipient) {
        return select(r -> from(r, sender, recipient) && r.request().state() == RequestState.DECLINED).stream()
                .flatMap(r -> r.request().decidedAt().stream())
                .max(Comparator.naturalOrder());
    }

    @Override
    public synchronized List<Instant> sentSince(MemberId sender, Instant since) {
        return select(r -> r.sender().equals(sender) && r.sentAt().isAfter(since)).stream()
                .map(StoredRequest::sentAt)
                .sorted()
                .toList();
    }

    @Override
    public synchronized int notAcceptedSince(MemberId sender, Instant since) {
        return select(r -> r.sender().equals(sender)
                        && r.sentAt().isAfter(since)
                        && r.request().state() != RequestState.ACCEPTED)
                .size();
    }

    @Override
    public synchronized List<RequestId> awaitingMeetingsBetween(MemberId a, MemberId b) {
        return ids(r -> r.request().state() == RequestState.AWAITING_MEETINGS && (from(r, a, b) || from(r, b, a)));
    }

    @Override
    public synchronized List<RequestId> awaitingMeetingsAmong(List<MemberId> members) {
        return ids(r -> r.request().state() == RequestState.AWAITING_MEETINGS
                && members.contains(r.sender())
                && members.contains(r.recipient()));
    }

    @Override
    public synchronized Optional<Instant> lastQuestion(MemberId recipient, MemberId sender) {
        return select(r -> from(r, sender, recipient)).stream()
                .flatMap(r -> r.request().askedAt().stream())
                .max(Comparator.naturalOrder());
    }

    /** None: the in-memory requests keep no messages, and a conversation is what both wrote. */
    @Override
    public Optional<Instant> lastConversation(MemberId a, MemberId b, Instant now) {
        return Optional.empty();
    }

    @Override
    public synchronized List<RequestId> claimDue(Instant now, int limit) {
        return select(r -> r.request().state() == RequestState.AWAITING_REPLY
                        && r.request().deadline().filter(at -> !at.isAfter(now)).isPresent())
                .stream()
                .limit(limit)
                .map(StoredRequest::id)
                .toList();
    }

    @Override
    public synchronized int deadlineFailed(RequestId id, Instant now) {
        return failures.merge(id, 1, Integer::sum);
    }

    @Override
    public synchronized List<StoredRequest> inbox(
            MemberId recipient, Optional<RequestState> state, int limit, int offset) {
        return newestFirst(
                r -> r.recipient().equals(recipient)
                        && state.map(s -> s == r.request().state()).orElse(true),
                limit,
                offset);
    }

    @Override
    public synchronized List<StoredRequest> inbox(MemberId recipient, InboxFilter filter, int limit, int offset) {
        return newestFirst(
                r -> r.recipient().equals(recipient)
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
                        .thenComparing(r -> r.id().value())
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

    private List<RequestId> ids(Predicate<StoredRequest> which) {
        return select(which).stream().map(StoredRequest::id).toList();
    }

    private static boolean from(StoredRequest r, MemberId sender, MemberId recipient) {
        return r.sender().equals(sender) && r.recipient().equals(recipient);
    }
}
