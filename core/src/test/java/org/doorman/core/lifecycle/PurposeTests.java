package org.doorman.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PurposeTests {

    @Test
    void eachPurposeIsFoundByItsWireName() {
        assertThat(Purpose.fromWireName("clarify_vague_pitch")).contains(Purpose.CLARIFY_VAGUE_PITCH);
        assertThat(Purpose.fromWireName("follow_up_task")).contains(Purpose.FOLLOW_UP_TASK);
        for (Purpose purpose : Purpose.values()) {
            assertThat(Purpose.fromWireName(purpose.wireName())).contains(purpose);
        }
    }

    @Test
    void anUnknownOrMissingWireNameIsNoPurpose() {
        assertThat(Purpose.fromWireName("CLARIFY_EMPTY")).isEqualTo(Optional.empty());
        assertThat(Purpose.fromWireName("")).isEmpty();
        assertThat(Purpose.fromWireName(null)).isEmpty();
    }
}
