package org.doorman.core.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TextFingerprintTests {

    static final String BODY = """
            ich bin seit vielen Jahren im Vertrieb von Softwarelösungen für den Mittelstand tätig und baue gerade mein
            Netzwerk in der Region aus. Ihr Profil ist mir aufgefallen, weil wir beide Unternehmen dabei helfen,
            ihre Abläufe zu digitalisieren. Ich würde mich sehr freuen, wenn wir uns vernetzen und uns gelegentlich
            über Erfahrungen austauschen. Vernetzung bringt Vorteile für beide Seiten! Viele Grüße, Max Sammler""";

    static double similarity(String a, String nameA, String b, String nameB) {
        return TextFingerprint.of(a, nameA)
                .orElseThrow()
                .similarity(TextFingerprint.of(b, nameB).orElseThrow());
    }

    @Nested
    class NearIdenticalTexts {

        @Test
        void theSameBodyToFrauBergAndHerrKayaWithTwoWordsChangedCountsAsOneText() {
            String toBerg = "Hallo Frau Berg, " + BODY;
            String toKaya = "Hallo Herr Kaya, "
                    + BODY.replace("vielen Jahren", "langen Jahren").replace("gelegentlich", "regelmäßig");

            assertThat(similarity(toBerg, "Dana Berg", toKaya, "Emre Kaya")).isGreaterThanOrEqualTo(0.6);
        }

        @Test
        void theNameIsSetAsideEvenWhenTheRecipientIsUnknown() {
            assertThat(similarity("Hallo Frau Berg, " + BODY, "", "Hallo Herr Kaya, " + BODY, ""))
                    .isGreaterThanOrEqualTo(0.8);
        }

        @Test
        void caseSpacingAndPunctuationDoNotMatter() {
            assertThat(similarity(BODY, "", BODY.replace("Netzwerk", "NETZWERK").replace(",", " ;  "), ""))
                    .isEqualTo(1.0);
        }
    }

    @Nested
    class DifferentTexts {

        @Test
        void twoDifferentTextsOnTheSameTopicDoNotCountAsOne() {
            String other = """
                    Hallo Frau Berg, wir haben uns letzte Woche auf dem Digitalisierungstag der IHK kurz über
                    Softwarelösungen für den Mittelstand unterhalten. Sie erwähnten, dass Ihr Team gerade die
                    Auftragsabwicklung umstellt; bei uns lief das im Frühjahr, und ich teile gern, was wir dabei
                    gelernt haben. Hätten Sie im Mai Zeit für einen Kaffee? Beste Grüße, Jana Roth""";

            assertThat(similarity("Hallo Frau Berg, " + BODY, "Dana Berg", other, "Dana Berg"))
                    .isLessThan(0.3);
        }

        @Test
        void aTextWithoutTwoWordsHasNoFingerprint() {
            assertThat(TextFingerprint.of("Hallo Frau Berg!", "Dana Berg")).isEmpty();
            assertThat(TextFingerprint.of("", "")).isEmpty();
        }
    }

    @Test
    void aFingerprintReadsBackFromItsStoredForm() {
        var fingerprint = TextFingerprint.of(BODY, "").orElseThrow();

        assertThat(TextFingerprint.parse(fingerprint.encoded())).isEqualTo(fingerprint);
    }
}
