package org.doorman.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.doorman.core.screening.Category;
import org.junit.jupiter.api.Test;

class CategoryScoresTests {

    @Test
    void countsPrecisionRecallAndF1OfEachCategoryFromTheConfusion() {
        var scores = new CategoryScores();
        scores.add(Category.EMPTY, Category.EMPTY);
        scores.add(Category.VAGUE_PITCH, Category.EMPTY);
        scores.add(Category.VAGUE_PITCH, Category.VAGUE_PITCH);
        scores.add(Category.VAGUE_PITCH, Category.VAGUE_PITCH);

        assertThat(scores.cell(Category.VAGUE_PITCH, Category.EMPTY)).isEqualTo(1);
        assertThat(scores.support(Category.VAGUE_PITCH)).isEqualTo(3);
        assertThat(scores.precision(Category.EMPTY)).isEqualTo(0.5);
        assertThat(scores.recall(Category.EMPTY)).isEqualTo(1.0);
        assertThat(scores.recall(Category.VAGUE_PITCH)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(scores.f1(Category.EMPTY)).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
        assertThat(scores.accuracy()).isEqualTo(0.75);
        assertThat(scores.macroF1())
                .as("the mean over the two labelled categories only")
                .isCloseTo((2 * 0.5 / 1.5 + 2 * (2.0 / 3) / (1 + 2.0 / 3)) / 2, within(1e-12));
    }

    @Test
    void aCategoryNeverLabelledNorScreenedScoresZeroAndNothingScoresZeroOverall() {
        var scores = new CategoryScores();

        assertThat(scores.precision(Category.KNOWN)).isZero();
        assertThat(scores.recall(Category.KNOWN)).isZero();
        assertThat(scores.f1(Category.KNOWN)).isZero();
        assertThat(scores.macroF1()).isZero();
        assertThat(scores.accuracy()).isZero();
    }
}
