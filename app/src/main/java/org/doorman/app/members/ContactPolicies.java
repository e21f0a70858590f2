package org.doorman.app.members;

import org.doorman.core.lifecycle.MemberId;

/** A member's contact policy in plain words, for those who want to write to them; the strategy capability knows it. */
public interface ContactPolicies {

    /** How {@code memberId} handles contact requests, in {@code language} ({@code de} or {@code en}). */
    String describe(MemberId memberId, String language);
}
