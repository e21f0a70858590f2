package org.doorman.app.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
}
