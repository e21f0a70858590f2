package org.doorman.app.requests;

import java.time.Instant;
import java.util.List;

/**
 * The audit trail: every step of a request, who or which rule took it ({@code member:<id>}, {@code rule:<id>},
 * {@code system:deadline}), when and why.
 */
interface AuditTrail {

    record Entry(Instant at, String actor, String step, String detail) {}

    /** Appends a step to the trail of {@code requestId}, kept with the member whose request it is. */
    void add(String memberId, String requestId, Instant at, String actor, String step, String detail);

    /** The request's steps in the order they were taken. */
    List<Entry> of(String requestId);
}
