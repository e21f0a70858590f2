package org.doorman.app.members;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A token just made: {@code token} is shown this once, Doorman keeps only its hash. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IssuedToken(String id, String name, String token, Instant createdAt, Instant expiresAt) {}
