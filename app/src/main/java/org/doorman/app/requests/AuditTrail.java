package org.doorman.app.requests;

import java.time.Instant;
import java.util.List;

/**
 * The audit trail: every step of a request, who or which rule took it ({@code member:<id>}, {@code rule:<id>},
 * {@code system:deadline}), when and why.
 */
interface AuditTrail {

    record Entry(Instant at, String actor, String step, String detail) {}

    /** A step to append: who or which rule took it, what, and why. */
    record Step(String actor, String step, String detail) {}

    /** Appends a step to the trail of {@code requestId}, kept with the member whose request it is. */
    default void add(String memberId, String requestId, Instant at, String actor, String step, String detail) {
        add(memberId, requestId, at, List.of(new Step(actor, step, detail)));
    }

    /** Appends the steps, in this order, to the trail of {@code requestId} (in one statement where it can). */
    void add(String memberId, String requestId, Instant at, List<Step> steps);

    /** The request's steps in the order they were taken. */
    List<Entry> of(String requestId);
}
