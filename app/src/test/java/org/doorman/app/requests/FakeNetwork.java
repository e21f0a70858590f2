package org.doorman.app.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doorman.app.contacts.Contacts;
import org.doorman.app.events.EventId;
import org.doorman.app.events.EventView;
import org.doorman.app.events.Events;
import org.doorman.app.meetings.Meetings;
import org.doorman.app.members.Acquaintances;
import org.doorman.app.members.Member;
import org.doorman.app.members.MemberDirectory;
import org.doorman.app.members.Profile;
import org.doorman.app.senders.ScreeningFacts;
import org.doorman.app.strategy.MemberStrategies;
import org.doorman.app.strategy.MessageTemplates;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.Purpose;
import org.doorman.core.lifecycle.RequestId;
import org.doorman.core.screening.Language;
import org.doorman.core.screening.SenderStats;
import org.doorman.core.strategy.Strategy;

/**
 * The other capabilities as the request lifecycle sees them, in memory: members, contacts, strategies, templates,
 * events, meetings and the senders' record (meetings in person count; nobody shares a group or visited a profile).
 */
final class FakeNetwork
        implements MemberDirectory,
                Acquaintances,
                Contacts,
                Meetings,
                MemberStrategies,
                MessageTemplates,
                ScreeningFacts {

    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, Strategy> strategies = new HashMap<>();
    private final Set<List<String>> contacts = new HashSet<>();
    private final Map<List<String>, Instant> removals = new HashMap<>();
    private final Map<List<String>, Integer> meetings = new HashMap<>();

    Member member(String id, String name, String language, String headline, List<String> offers) {
        var member = new Member(
                id, id, new Profile(name, language, headline, "", offers, List.of(), List.of(), List.of(), null, null));
        members.put(id, member);
        return member;
    }

    void strategy(String memberId, String preset) {
        strategies.put(memberId, Strategy.preset(preset));
    }

    /** The member recorded one more meeting in person with the other. */
    void met(String memberId, String otherId) {
        meetings.merge(List.of(memberId, otherId), 1, Integer::sum);
    }

    @Override
    public Optional<Member> find(MemberId memberId) {
        return Optional.ofNullable(members.get(memberId.value()));
    }

    @Override
    public Optional<Member> findByHandle(String handle) {
        return members.values().stream().filter(m -> m.handle().equals(handle)).findFirst();
    }

    @Override
    public List<Member> byName(int limit) {
        return members.values().stream().limit(limit).toList();
    }

    @Override
    public long count() {
        return members.size();
    }

    @Override
    public void confirm(MemberId memberId, MemberId otherId, RequestId requestId, Instant at) {
        contacts.add(pair(memberId, otherId));
    }

    @Override
    public int count(MemberId memberId) {
        return (int) contacts.stream().filter(p -> p.contains(memberId.value())).count();
    }

    @Override
    public int countAtPercentile(double percentile) {
        var counts = members.keySet().stream()
                .map(id -> count(new MemberId(id)))
                .sorted()
                .toList();
        return counts.isEmpty() ? 0 : counts.get(Math.max(0, (int) Math.ceil(percentile * counts.size()) - 1));
    }

    @Override
    public boolean connected(MemberId a, MemberId b) {
        return contacts.contains(pair(a, b));
    }

    @Override
    public boolean remove(MemberId memberId, MemberId otherId, Instant at) {
        removals.put(List.of(memberId.value(), otherId.value()), at);
        return contacts.remove(pair(memberId, otherId));
    }

    @Override
    public Optional<Instant> removedAt(MemberId memberId, MemberId otherId) {
        return Optional.ofNullable(removals.get(List.of(memberId.value(), otherId.value())));
    }

    @Override
    public int mutualContacts(MemberId a, MemberId b) {
        return (int) members.keySet().stream()
                .map(MemberId::new)
                .filter(c -> connected(a, c) && connected(b, c))
                .count();
    }

    /** Nobody shares a group or has looked at a profile. */
    @Override
    public Acquaintance between(MemberId requester, MemberId member, Instant now) {
        return Acquaintance.none();
    }

    @Override
    public int countBetween(MemberId a, MemberId b) {
        return Math.max(countRecognizedBy(a, b), countRecognizedBy(b, a));
    }

    @Override
    public int countRecognizedBy(MemberId memberId, MemberId otherId) {
        return meetings.getOrDefault(List.of(memberId.value(), otherId.value()), 0);
    }

    /** Every meeting recorded counts: the fake keeps no times and no events. */
    @Override
    public int countRecognizedBy(
            MemberId memberId, MemberId otherId, Optional<Instant> after, boolean confirmedAttendanceOnly) {
        return countRecognizedBy(memberId, otherId);
    }

    @Override
    public boolean attended(EventId eventId, MemberId memberId) {
        return false;
    }

    @Override
    public Optional<Instant> lastBetween(MemberId a, MemberId b) {
        return Optional.empty();
    }

    @Override
    public Strategy strategyOf(MemberId memberId) {
        return strategies.getOrDefault(memberId.value(), Strategy.preset("default"));
    }

    @Override
    public boolean confirmedAttendanceOnly(MemberId memberId) {
        return false;
    }

    @Override
    public void put(MemberId memberId, org.doorman.app.strategy.MemberStrategy strategy, Instant at) {
        strategies.put(memberId.value(), strategy.strategy());
    }

    @Override
    public String render(MemberId memberId, Purpose purpose, Language language, Map<String, String> values) {
        return purpose.wireName() + " " + new ArrayList<>(new java.util.TreeMap<>(values).values());
    }

    /** A network without events. */
    Events events() {
        return new Events() {
            @Override
            public Optional<EventView> nextOfficial(Instant now) {
                return Optional.empty();
            }

            @Override
            public List<EventView> official(Instant from, Instant to) {
                return List.of();
            }

            @Override
            public Optional<EventView> find(EventId eventId) {
                return Optional.empty();
            }
        };
    }

    @Override
    public SenderStats senderStats(MemberId sender, Instant now) {
        return SenderStats.none();
    }

    @Override
    public int meetingsRecognized(MemberId member, MemberId requester) {
        return countRecognizedBy(member, requester);
    }

    private static List<String> pair(MemberId a, MemberId b) {
        return a.value().compareTo(b.value()) < 0 ? List.of(a.value(), b.value()) : List.of(b.value(), a.value());
    }
}
