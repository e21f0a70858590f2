package org.doorman.app.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link AuditTrail} in memory, in the order the steps were added. */
final class InMemoryAuditTrail implements AuditTrail {

    private record Row(String requestId, Entry entry) {}

    private final List<Row> rows = new ArrayList<>();

    @Override
    public synchronized void add(String memberId, String requestId, Instant at, List<Step> steps) {
        steps.forEach(step -> rows.add(new Row(requestId, new Entry(at, step.actor(), step.step(), step.detail()))));
    }

    @Override
    public synchronized List<Entry> of(String requestId) {
        return rows.stream()
                .filter(r -> r.requestId().equals(requestId))
                .map(Row::entry)
                .toList();
    }
}
