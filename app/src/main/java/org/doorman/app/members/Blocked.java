package org.doorman.app.members;

import java.time.Instant;

/** A member the caller blocked, and since when. */
public record Blocked(String memberId, String name, Instant blockedAt) {}
