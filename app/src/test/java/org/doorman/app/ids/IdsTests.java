package org.doorman.app.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import org.doorman.app.events.EventId;
import org.doorman.app.webhooks.WebhookId;
import org.doorman.core.lifecycle.MemberId;
import org.junit.jupiter.api.Test;

class IdsTests {

    @Test
    void idsMadeOneAfterTheOtherSortInTheOrderTheyWereMadeEvenWithinAMillisecond() {
        var ids = new ArrayList<String>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Ids.next("aud"));
        }
        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void anIdIsItsPrefixAndAUuidV7InTwentySixCharactersOfCrockfordBase32() {
        String id = Ids.next("req");

        assertThat(id).hasSize("req_".length() + 26).matches("req_[0-7][0-9a-hjkmnp-tv-z]{25}");
        assertThat(Ids.plausible(Ids.next("relay"))).as("fits the id columns").isTrue();
    }

    @Test
    void idsOfALaterMillisecondSortAfterEarlierOnes() throws InterruptedException {
        String earlier = Ids.next("m");
        Thread.sleep(2);
        String later = Ids.next("m");

        assertThat(later).isGreaterThan(earlier);
    }

    @Test
    void anIdACallerSentIsTypedWhenItCouldBeOneAndEmptyWhenItCannot() {
        assertThat(Ids.member("m_01jf3x")).contains(new MemberId("m_01jf3x"));
        assertThat(EventId.fromCaller("ev_1")).contains(new EventId("ev_1"));

        for (String impossible : new String[] {null, "", "   ", "x".repeat(41), "m_\0"}) {
            assertThat(Ids.member(impossible)).as("member id %s", impossible).isEmpty();
            assertThat(WebhookId.fromCaller(impossible))
                    .as("webhook id %s", impossible)
                    .isEmpty();
        }
        assertThat(Ids.member("x".repeat(40))).as("as long as the id columns").isPresent();
    }

    @Test
    void aTypedIdRefusesTextThatCannotBeOne() {
        assertThatThrownBy(() -> new EventId(" ")).hasMessage("an event id cannot be blank");
        assertThatThrownBy(() -> new WebhookId("x".repeat(41))).hasMessage("a webhook id has at most 40 characters");
    }
}
