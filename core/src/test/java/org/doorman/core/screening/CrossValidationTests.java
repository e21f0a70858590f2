package org.doorman.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Five-fold cross-validation of the whole screening (detectors, text model, precedence) on the project's training
 * corpus: each fold is screened by a model trained on the other four. This is where the model is tuned; the dev set
 * only checks.
 */
class CrossValidationTests {

    static final int FOLDS = 5;

    static Scores crossValidate(List<LabelledRequest> corpus, TextModel.Settings settings) {
        var examples = new ArrayList<>(corpus);
        Collections.shuffle(examples, new Random(7));
        var scores = new Scores();
        var screener = Screener.untrained();
        for (int fold = 0; fold < FOLDS; fold++) {
            var training = new ArrayList<LabelledRequest>();
            var held = new ArrayList<LabelledRequest>();
            for (int i = 0; i < examples.size(); i++) {
                (i % FOLDS == fold ? held : training).add(examples.get(i));
            }
            screener.with(screener.train(training, settings));
            for (var example : held) {
                scores.add(example.category(), screener.screen(example.input()).category());
            }
        }
        return scores;
    }

    @Test
    void theScreeningGeneralisesAcrossFoldsOfTheTrainingCorpus() {
        var corpus = Corpus.load();

        var scores = crossValidate(corpus, TextModel.Settings.defaults());

        System.out.println("cross-validated on " + corpus.size() + " corpus requests:\n" + scores);
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(600);
        assertThat(scores.macroF1()).isGreaterThanOrEqualTo(0.93);
    }
}
