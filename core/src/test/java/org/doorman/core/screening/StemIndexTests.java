package org.doorman.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class StemIndexTests {

    @Test
    void aStemIsFoundWholeAtItsFirstToken() {
        var index = new StemIndex(new String[] {"ich", "brauch", "steuerberat", "brauch"});

        assertThat(find(index, "brauch", false)).isEqualTo(1);
    }

    @Test
    void stemsOfFiveLettersOrMoreMatchWhenOneExtendsTheOther() {
        var index = new StemIndex(new String[] {"als", "freiberuflerin"});

        assertThat(find(index, "freiberufler", false)).isEqualTo(1);
        assertThat(find(index, "frei", false)).isEqualTo(-1);
    }

    @Test
    void germanCompoundsMatchByAPartOfSixLettersOrMore() {
        var index = new StemIndex(new String[] {"viel", "preis", "einwandbehandlung", "im", "vertrieb"});

        assertThat(find(index, "behandlung", true)).isEqualTo(2);
        assertThat(find(index, "behandlung", false)).isEqualTo(-1);
        assertThat(find(index, "vertriebsteam", true)).isEqualTo(4);
        assertThat(find(new StemIndex(new String[] {"die", "telefonakquis"}), "akquis", true))
                .isEqualTo(1);
    }

    @Test
    void findsWhatASearchThroughEveryStemFinds() {
        var random = new Random(3);
        String[] words = {
            "steuer",
            "berat",
            "steuerberat",
            "einwand",
            "behandl",
            "a",
            "",
            "vertriebsteam",
            "team",
            "akquis",
            "telefonakquis",
            "beratung",
            "berater",
            "ü",
            "über"
        };
        for (int round = 0; round < 5_000; round++) {
            var stems = new String[random.nextInt(12)];
            for (int i = 0; i < stems.length; i++) {
                stems[i] = words[random.nextInt(words.length)];
            }
            var stem = words[random.nextInt(words.length)];
            boolean compounds = random.nextBoolean();

            assertThat(find(new StemIndex(stems), stem, compounds))
                    .as("%s in %s", stem, String.join(" ", stems))
                    .isEqualTo(searched(stems, stem, compounds));
        }
    }

    private static int find(StemIndex index, String stem, boolean compounds) {
        return index.find(StemIndex.Stem.of(stem), compounds);
    }

    /** The rule in plain words: whole or extended stems first, then a compound part, each at its first token. */
    private static int searched(String[] stems, String stem, boolean compounds) {
        if (stem.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < stems.length; i++) {
            var other = stems[i];
            if (other.isEmpty() || other.charAt(0) != stem.charAt(0)) {
                continue;
            }
            if (other.equals(stem)
                    || (stem.length() >= StemIndex.PREFIX
                            && other.length() >= StemIndex.PREFIX
                            && (other.startsWith(stem) || stem.startsWith(other)))) {
                return i;
            }
        }
        if (!compounds || stem.length() <= StemIndex.PREFIX) {
            return -1;
        }
        var joined = new StringBuilder();
        var starts = new int[stems.length];
        for (int i = 0; i < stems.length; i++) {
            joined.append(' ');
            starts[i] = joined.length();
            joined.append(stems[i]);
        }
        int at = joined.indexOf(stem);
        if (at >= 0) {
            int i = java.util.Arrays.binarySearch(starts, at);
            return i >= 0 ? i : -i - 2;
        }
        for (int i = 0; i < stems.length; i++) {
            if (stems[i].length() > StemIndex.PREFIX && stem.length() > stems[i].length() && stem.contains(stems[i])) {
                return i;
            }
        }
        return -1;
    }
}
