package org.doorman.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class TextModelTests {

    @Test
    void theShippedModelIsExactlyWhatTheCorpusTrains() {
        var trained = Screener.untrained().train(Corpus.load(), TextModel.Settings.defaults());

        assertThat(Screener.shippedModel()).contains(trained);
    }

    @Test
    void trainingTwiceGivesTheSameWeights() {
        var corpus = Corpus.load().subList(0, 200);
        var settings = TextModel.Settings.defaults();

        assertThat(Screener.untrained().train(corpus, settings))
                .isEqualTo(Screener.untrained().train(corpus, settings));
    }

    @Test
    void aModelReadsBackFromItsFileUnchanged() throws IOException {
        var model = Screener.untrained().train(Corpus.load().subList(0, 100), TextModel.Settings.defaults());
        var bytes = new ByteArrayOutputStream();
        model.writeTo(new DataOutputStream(bytes));

        var read = TextModel.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        assertThat(read).isEqualTo(model);
    }

    @Test
    void theCorpusHoldsAtLeastSixHundredGermanAndEnglishRequestsOfEveryCategory() {
        var corpus = Corpus.load();

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(600);
        assertThat(corpus).extracting(Corpus.Example::category).contains(Category.values());
    }
}
