package org.doorman.batch.linkedin;

import java.time.Instant;
import java.util.Optional;

/**
 * A pending incoming invitation as the member's strategy screened it: the category with its confidence, the action
 * and the rule that chose it, and the reason in words.
 */
public record ScreenedInvitation(
        String key,
        String name,
        String profileUrl,
        Optional<Instant> sentAt,
        String message,
        String category,
        double confidence,
        String action,
        String ruleId,
        String rule,
        String reason) {}
