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
    void theShippedModelIsExactlyWhatTheCorpusTrainsAndTheWriterCrossValidationCalibrates() {
        var screener = Screener.untrained();
        var settings = TextModel.Settings.defaults();
        var trained = screener.train(Corpus.load(), settings)
                .withTemperature(Calibration.temperatureByWriter(screener, Corpus.load(), settings));

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
    void screeningScoresARequestAsTrainingDoesThoughWordWeightsAreSummedOncePerWord() {
        var screener = Screener.untrained();
        var model = screener.train(Corpus.load().subList(0, 300), TextModel.Settings.defaults());
        for (var example : Corpus.load()) {
            var reading = screener.read(example.input());
            var asTrained = model.probabilities(Features.of(reading.request(), reading.signals()));

            for (int round = 0; round < 2; round++) { // the second time from the sums the terms remember
                var asScreened = model.probabilities(reading.request(), reading.signals());
                for (int c = 0; c < asTrained.length; c++) {
                    assertThat(asScreened[c]).isCloseTo(asTrained[c], org.assertj.core.data.Offset.offset(1e-6));
                }
            }
        }
    }

    @Test
    void aTermSumsItsWeightsAgainForAnotherModel() {
        var screener = Screener.untrained();
        var first = screener.train(Corpus.load().subList(0, 100), TextModel.Settings.defaults());
        var second = screener.train(Corpus.load().subList(100, 200), TextModel.Settings.defaults());
        var reading = screener.read(Corpus.load().get(0).input());
        first.probabilities(reading.request(), reading.signals());

        var fromSecond = second.probabilities(reading.request(), reading.signals());

        assertThat(fromSecond)
                .containsExactly(
                        second.probabilities(Features.of(reading.request(), reading.signals())),
                        org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void theCorpusHoldsAtLeastSixHundredGermanAndEnglishRequestsOfEveryCategory() {
        var corpus = Corpus.load();

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(600);
        assertThat(corpus).extracting(LabelledRequest::category).contains(Category.values());
    }
}
