package org.doorman.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorman.core.screening.Requests.member;
import static org.doorman.core.screening.Requests.message;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScreenerTests {

    static final Screener SCREENER = Screener.create();

    @Test
    void aGermanRequestThatNamesTheOfferAndANeedIsAConcreteNeed() {
        var screening = SCREENER.screen(message(
                "Hallo Frau Berg, ich habe in Ihrem Profil gesehen, dass Sie Freiberufler beraten. Ich bin seit März"
                        + " selbständig und brauche Hilfe bei meiner ersten Steuererklärung. Haben Sie Kapazität?"));

        assertThat(screening.category()).isEqualTo(Category.CONCRETE_NEED);
        assertThat(screening.language()).isEqualTo(Language.DE);
        assertThat(screening.signal(SignalName.REFERENCES_OFFER))
                .hasValueSatisfying(s -> assertThat(s.evidence()).isEqualTo("Steuerberatung für Freiberufler"));
    }

    @Test
    void thePlatformsDefaultSentenceIsEmpty() {
        var screening = SCREENER.screen(message("Ich möchte Sie gerne zu meinen Kontakten hinzufügen."));

        assertThat(screening.category()).isEqualTo(Category.EMPTY);
        assertThat(screening.has(SignalName.DEFAULT_TEXT)).isTrue();
    }

    @Test
    void aMeetingInTheDataMakesTheRequestKnownWhateverTheTextSays() {
        var screening = SCREENER.screen(
                message("Let's explore synergies!", member("Mark", List.of()), null, Requests.metInPerson(2)));

        assertThat(screening.category()).isEqualTo(Category.KNOWN);
        assertThat(screening.signal(SignalName.MET_IN_PERSON))
                .hasValueSatisfying(s -> assertThat(s.evidence()).isEqualTo("met in person 2 times"));
    }

    @Test
    void aFrenchRequestIsDetectedAsAnotherLanguage() {
        var screening = SCREENER.screen(message(
                "Bonjour Madame Berg, je serais ravi de rejoindre votre réseau professionnel et d'échanger sur nos"
                        + " activités respectives."));

        assertThat(screening.language()).isEqualTo(Language.OTHER);
        assertThat(screening.reason()).isEqualTo("language not supported");
    }
}
