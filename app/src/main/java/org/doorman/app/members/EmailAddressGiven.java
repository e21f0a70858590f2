package org.doorman.app.members;

import java.time.Instant;
import org.doorman.core.lifecycle.MemberId;

/**
 * A member came to have an e-mail address, or a different one: at registration or in a profile change. Published in
 * the transaction that stores the address, so that a listener's writes commit or roll back with it.
 */
public record EmailAddressGiven(MemberId memberId, Instant at) {}
