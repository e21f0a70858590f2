package org.doorman.app.members;

import java.time.Instant;
import org.doorman.core.lifecycle.MemberId;

/** A member looked at another's profile (published in the transaction of the visit, if any). */
public record ProfileVisited(MemberId visitorId, MemberId visitedId, Instant at) {}
