package org.doorman.app.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;

/** {@link AuditTrail} in memory, in the order the steps were added. */
final class InMemoryAuditTrail implements AuditTrail {

    private record Row(RequestId request, Entry entry) {}

    private final List<Row> rows = new ArrayList<>();

    @Override
    public synchronized void add(MemberId member, RequestId request, Instant at, List<Step> steps) {
        steps.forEach(step -> rows.add(new Row(request, new Entry(at, step.actor(), step.step(), step.detail()))));
    }

    @Override
    public synchronized List<Entry> of(RequestId request) {
        return rows.stream()
                .filter(r -> r.request().equals(request))
                .map(Row::entry)
                .toList();
    }
}
