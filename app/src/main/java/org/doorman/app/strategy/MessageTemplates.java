package org.doorman.app.strategy;

import java.util.Map;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.Purpose;
import org.doorman.core.screening.Language;

/**
 * The messages a member's strategy sends in their name, and the follow-up task titles it gives them: the member's own
 * wording where they changed it, else Doorman's polite and short default, in German or English (other languages get
 * English). Calls join the caller's transaction.
 *
 * <p>Placeholders filled from {@code values}: {@code requester} (the
 * requester's name), {@code member} (the member's name; looked up when absent), {@code meetings} (meetings required,
 * a number; the member's strategy when absent), {@code times} ("zweimal"/"twice", derived from {@code meetings}),
 * {@code event} (a sentence proposing the next official event, or saying none is planned yet; looked up when
 * absent). A placeholder without a value is left out.
 */
public interface MessageTemplates {

    /** The text for {@code purpose} in {@code language}, with its placeholders filled. */
    String render(MemberId memberId, Purpose purpose, Language language, Map<String, String> values);
}
