package org.doorman.app.digest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.doorman.app.members.MemberNames;
import org.doorman.app.requests.Agendas;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.stereotype.Component;

/** What waits for a member, as the requests capability lists it, with the requesters' names from members. */
@Component
class DigestItems {

    static final int MAX_PER_SECTION = 20;
    private static final int EXCERPT = 160;

    private final Agendas agendas;
    private final MemberNames names;

    DigestItems(Agendas agendas, MemberNames names) {
        this.agendas = agendas;
        this.names = names;
    }

    /**
     * @param since what was decided after this counts (the last digest)
     * @param until tasks due before this count (the next digest)
     */
    Digest of(MemberId memberId, Instant since, Instant until) {
        var agenda = agendas.of(memberId, since, until, MAX_PER_SECTION);
        var named = names.of(Stream.of(agenda.review(), agenda.answered(), agenda.accepted())
                .flatMap(List::stream)
                .map(Agendas.Item::requester)
                .toList());
        return new Digest(
                items(agenda.review(), named),
                items(agenda.answered(), named),
                agenda.tasks().stream()
                        .map(task -> new Digest.Task(task.taskId(), task.title(), task.dueAt()))
                        .toList(),
                items(agenda.accepted(), named),
                agenda.declinedSilently());
    }

    private static List<Digest.Item> items(List<Agendas.Item> items, Map<MemberId, String> names) {
        // a requester who is no member any more is left out, as the join with members did
        return items.stream()
                .filter(item -> names.containsKey(item.requester()))
                .map(item ->
                        new Digest.Item(item.requestId(), names.get(item.requester()), excerpt(item.text()), item.at()))
                .toList();
    }

    static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.codePointCount(0, line.length()) <= EXCERPT) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, EXCERPT - 1)) + "…";
    }
}
