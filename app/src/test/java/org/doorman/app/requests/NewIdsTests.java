package org.doorman.app.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class NewIdsTests {

    @Test
    void idsMadeInTheSameMillisecondSortInTheOrderTheyWereMade() {
        var ids = new ArrayList<String>();
        for (int i = 0; i < 1000; i++) {
            ids.add(NewIds.next("aud", 1_767_225_600_000L));
        }
        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void idsOfLaterMillisecondsSortAfterEarlierOnesAndHaveAFixedLength() {
        String earlier = NewIds.next("req", 1_767_225_600_000L);
        String later = NewIds.next("req", 1_767_225_600_001L);

        assertThat(later).isGreaterThan(earlier);
        assertThat(earlier).hasSize("req_".length() + 26).matches("req_[0-9a-hjkmnp-tv-z]{26}");
    }
}
