package org.doorman.app.senders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentTextTests {

    @Test
    void theSameTextToEightOfTenRecipientsIsAnIdenticalShareOfEightTenths() {
        var texts = new java.util.ArrayList<SentText>();
        for (int i = 0; i < 8; i++) {
            texts.add(new SentText("Ich möchte Sie gerne zu meinen Kontakten hinzufügen.", "Member " + i));
        }
        texts.add(new SentText("Wir suchen eine Steuerberaterin für unsere Agentur.", "Dana Berg"));
        texts.add(new SentText("Ihr Vortrag in Hamburg hat mir gefallen.", "Tim Kaiser"));

        assertThat(SentText.identicalShare(texts)).isEqualTo(0.8);
    }

    @Test
    void aTemplateThatOnlySwapsTheRecipientsNameCountsAsIdentical() {
        var texts = List.of(
                new SentText("Hallo Dana, lass uns connecten und gemeinsam wachsen!", "Dana Berg"),
                new SentText("Hallo Tim,  lass uns CONNECTEN und gemeinsam wachsen", "Tim Kaiser"));

        assertThat(SentText.identicalShare(texts)).isEqualTo(1.0);
    }

    @Test
    void differentTextsAndASingleTextAreNotIdentical() {
        assertThat(SentText.identicalShare(List.of(
                        new SentText("Guten Tag, ich suche einen Fotografen.", "Rita Sommer"),
                        new SentText("Guten Tag, ich suche eine Steuerberaterin.", "Dana Berg"))))
                .isZero();
        assertThat(SentText.identicalShare(List.of(new SentText("Hallo", "Dana Berg"))))
                .isZero();
    }

    @Test
    void emptyRequestsAreNeverIdenticalTexts() {
        assertThat(SentText.identicalShare(List.of(
                        new SentText(null, "Dana Berg"), new SentText("", "Tim Kaiser"), new SentText(" ", "Mia"))))
                .isZero();
    }
}
