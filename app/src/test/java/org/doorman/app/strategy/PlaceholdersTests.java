package org.doorman.app.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTests {

    @Test
    void fillsEveryPlaceholderWithItsValue() {
        assertThat(Placeholders.fill(
                        "Hello {requester},\n\nbest\n{member}", Map.of("requester", "Eva", "member", "Dana")))
                .isEqualTo("Hello Eva,\n\nbest\nDana");
    }

    @Test
    void aPlaceholderWithoutValueIsLeftOutWithTheSpaceItLeaves() {
        assertThat(Placeholders.fill(
                        "Guten Tag {requester},\n\nWas ist der Anlass?  {event}\n\n\n\n{member}", Map.of()))
                .isEqualTo("Guten Tag,\n\nWas ist der Anlass?");
    }

    @Test
    void namesPlaceholdersItDoesNotKnow() {
        assertThat(Placeholders.unknownIn("Hi {requester}, see {eventTitle} and {firstName} {firstName}"))
                .containsExactly("firstName");
    }

    @Test
    void saysHowOftenInWords() {
        assertThat(Placeholders.times(2, true)).isEqualTo("zweimal");
        assertThat(Placeholders.times(2, false)).isEqualTo("twice");
        assertThat(Placeholders.times(1, false)).isEqualTo("once");
        assertThat(Placeholders.times(7, true)).isEqualTo("7-mal");
    }
}
