package org.doorman.app.members;

import java.time.Instant;

/** A member looked at another's profile (published in the transaction of the visit, if any). */
public record ProfileVisited(String visitorId, String visitedId, Instant at) {}
