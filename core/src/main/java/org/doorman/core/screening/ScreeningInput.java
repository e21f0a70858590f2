package org.doorman.core.screening;

import java.util.Objects;
import java.util.Optional;

/**
 * One contact request with everything screening may look at. {@code language} is empty when the caller did not
 * say, and is then detected; {@code message} may be empty (screened as {@code empty}).
 */
public record ScreeningInput(
        String message,
        Optional<Language> language,
        Profile recipient,
        Profile sender,
        SenderStats senderStats,
        RequestContext context) {
    public ScreeningInput {
        message = message == null ? "" : message;
        Objects.requireNonNull(language, "language");
        recipient = recipient == null ? Profile.unknown() : recipient;
        sender = sender == null ? Profile.unknown() : sender;
        senderStats = senderStats == null ? SenderStats.none() : senderStats;
        context = context == null ? RequestContext.none() : context;
    }
}
