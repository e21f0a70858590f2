package org.doorman.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random and hostile text, from a seeded generator: screening never fails and always answers within the contract. */
class HostileInputTests {

    static final String[] PIECES = {
        "Win-Win",
        "synergies",
        "\u0000",
        "\t",
        "\r\n",
        "\n\n\n",
        "🚀",
        "👨‍👩‍👧",
        "\uD83D",
        "\uDE00",
        "ﬁ",
        "ß",
        "İ",
        "Σ",
        "\u202E",
        "\u200B",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "%s%n",
        "${jndi:ldap://x}",
        "???",
        "!!!",
        "Hallo Frau Berg",
        "wir suchen",
        "kostenlos",
        "€ 1.490,00",
        "a".repeat(300),
        "Ünïcödé",
        "中文",
        "العربية",
        "....",
        "-",
        "",
        " "
    };

    @Test
    void randomMixturesOfHostilePiecesAreScreenedWithinTheContract() {
        var random = new Random(20_261_126L);
        for (int i = 0; i < 2_000; i++) {
            var text = new StringBuilder();
            int pieces = random.nextInt(30);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextBoolean()) {
                    text.append(' ');
                }
            }
            assertScreened(text.toString());
        }
    }

    @Test
    void randomCodePointsAreScreenedWithinTheContract() {
        var random = new Random(42);
        for (int i = 0; i < 1_000; i++) {
            var text = new StringBuilder();
            int length = random.nextInt(400);
            for (int c = 0; c < length; c++) {
                text.append((char) random.nextInt(Character.MAX_VALUE + 1));
            }
            assertScreened(text.toString());
        }
    }

    @Test
    void aHundredThousandCharacterMessageIsCutAndScreened() {
        var screening = screenText("Win-Win ".repeat(12_500) + "ich brauche Hilfe");

        assertThat(screening.category()).isEqualTo(Category.VAGUE_PITCH);
        assertThat(screening.has(SignalName.TEXT_TRUNCATED)).isTrue();
    }

    @Test
    void aHundredThousandCharacterWordIsScreened() {
        assertScreened("x".repeat(100_000));
    }

    @Test
    void hostileProfilesAreScreenedToo() {
        var profile = new Profile(
                "\uD83D",
                "|||///",
                "",
                List.of("", " ", "\u0000"),
                List.of(),
                List.of("???"),
                List.of("-".repeat(10_000)),
                "\n");
        var screening = ScreenerTests.SCREENER.screen(
                new ScreeningInput("Hallo!", Optional.empty(), profile, profile, null, null));

        assertThat(screening.category()).isNotNull();
    }

    static Screening screenText(String text) {
        return ScreenerTests.SCREENER.screen(Requests.message(text));
    }

    static void assertScreened(String text) {
        var screening = screenText(text);
        assertThat(screening.category()).isNotNull();
        assertThat(screening.confidence()).isBetween(0.0, 1.0);
        assertThat(screening.language()).isNotNull();
        assertThat(screening.signals()).allSatisfy(s -> assertThat(s.evidence()).isNotNull());
    }
}
