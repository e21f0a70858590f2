package org.doorman.batch.linkedin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LinkedInDatesTests {

    @Test
    void readsTheFormatsOfTheDifferentFilesAsTheSameInstant() {
        var expected = Instant.parse("2024-03-12T10:04:00Z");
        assertThat(LinkedInDates.instant("2024-03-12 10:04:00 UTC")).contains(expected);
        assertThat(LinkedInDates.instant("3/12/24, 10:04 AM")).contains(expected);
        assertThat(LinkedInDates.instant("3/12/2024, 10:04\u202FAM")).contains(expected);
        assertThat(LinkedInDates.instant("2024-03-12T10:04:00Z")).contains(expected);
    }

    @Test
    void readsDaysWithAndWithoutTime() {
        var expected = LocalDate.of(2024, 3, 12);
        assertThat(LinkedInDates.date("12 Mar 2024")).contains(expected);
        assertThat(LinkedInDates.date("2024-03-12")).contains(expected);
        assertThat(LinkedInDates.date("3/12/24, 10:04 PM")).contains(expected);
    }

    @Test
    void anEmptyFieldIsNoDateAndAnUnknownFormatIsRefused() {
        assertThat(LinkedInDates.date(" ")).isEmpty();
        assertThat(LinkedInDates.instant(null)).isEmpty();
        assertThatThrownBy(() -> LinkedInDates.date("next Tuesday")).hasMessageContaining("'next Tuesday'");
    }
}
