package org.doorman.app.requests;

import java.time.Instant;
import java.util.List;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;

/**
 * The audit trail: every step of a request, who or which rule took it ({@code member:<id>}, {@code rule:<id>},
 * {@code system:deadline}), when and why.
 */
interface AuditTrail {

    record Entry(Instant at, String actor, String step, String detail) {}

    /** A step to append: who or which rule took it, what, and why. */
    record Step(String actor, String step, String detail) {}

    /** Appends a step to the trail of the request, kept with the member whose request it is. */
    default void add(MemberId member, RequestId request, Instant at, String actor, String step, String detail) {
        add(member, request, at, List.of(new Step(actor, step, detail)));
    }

    /** Appends the steps, in this order, to the trail of the request (in one statement where it can). */
    void add(MemberId member, RequestId request, Instant at, List<Step> steps);

    /** The request's steps in the order they were taken. */
    List<Entry> of(RequestId request);
}
