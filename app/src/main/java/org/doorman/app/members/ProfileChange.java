package org.doorman.app.members;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;

/**
 * A member's own profile as they set it with {@code PUT /me} or the profile page (in JSON the profile's fields at the
 * top level) and, optionally, the digest settings (see {@link OwnSettings}).
 */
public record ProfileChange(@JsonUnwrapped @Valid Profile profile, Map<String, String> digest) {

    /** The fields given for the named {@link OwnSettings}, if any. */
    Optional<Map<String, String>> settings(String name) {
        return "digest".equals(name) ? Optional.ofNullable(digest) : Optional.empty();
    }
}
