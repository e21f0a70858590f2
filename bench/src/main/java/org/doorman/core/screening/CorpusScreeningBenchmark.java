package org.doorman.core.screening;

import java.util.List;
import org.doorman.bench.ScreeningInTurn;

/**
 * The core decision on one thread over the whole training corpus in turn (about 880 different requests, recipients
 * and senders, German, English and other languages, some without a language given), so that far more words,
 * profiles and model weights are in play than in {@code ScreeningBenchmark}'s eight typical requests. It sits in
 * the screening package to read the corpus as the screener's training does. Run: {@code java -jar
 * bench/target/benchmarks.jar CorpusScreeningBenchmark -f 1 -wi 3 -i 5}.
 */
public class CorpusScreeningBenchmark extends ScreeningInTurn {

    @Override
    protected List<ScreeningInput> requests() {
        return Corpus.load().stream().map(LabelledRequest::input).toList();
    }
}
