package org.doorman.app.members;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** One of a member's API tokens as they may see it: never the token itself. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiToken(String id, String name, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {}
