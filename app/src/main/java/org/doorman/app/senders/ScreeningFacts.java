package org.doorman.app.senders;

import java.time.Instant;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.screening.SenderStats;

/**
 * What the senders capability knows when a request is screened, computed from what happened up to {@code now}: how the
 * sender behaves across the network, and how often the member met the requester as the member's strategy counts it.
 * How sender and recipient are related otherwise is put together by the requests capability from each owner's answer.
 * Calls join the caller's transaction.
 */
public interface ScreeningFacts {

    /**
     * The sender's record: requests in the seven days up to {@code now}, the share of their requests of the last thirty
     * days that are near copies of another one's text, clarifying questions received (answered, or left unanswered
     * until the request was decided) and answered, the share of their decided requests that were accepted, and the
     * network's collector assessment with its evidence ({@code doorman.collectors.*}).
     */
    SenderStats senderStats(MemberId sender, Instant now);

    /**
     * How often the member met the requester as far as the member's strategy is concerned: what the member recognizes
     * (their own records, official events both attended), after the member last silently removed the requester, and
     * with only confirmed attendance if the member's strategy asks for it.
     */
    int meetingsRecognized(MemberId member, MemberId requester);
}
