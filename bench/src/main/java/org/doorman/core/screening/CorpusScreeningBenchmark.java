package org.doorman.core.screening;

import java.util.concurrent.TimeUnit;
import org.doorman.core.strategy.Decision;
import org.doorman.core.strategy.Strategy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The core decision on one thread over the whole training corpus in turn (about 880 different requests, recipients
 * and senders, German, English and other languages, some without a language given), so that far more words,
 * profiles and model weights are in play than in {@code ScreeningBenchmark}'s eight typical requests. It sits in
 * the screening package to read the corpus as the screener's training does. Run: {@code java -jar
 * bench/target/benchmarks.jar CorpusScreeningBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class CorpusScreeningBenchmark {

    private Screener screener;
    private Strategy strategy;
    private ScreeningInput[] requests;
    private int next;

    @Setup
    public void setUp() {
        screener = Screener.create();
        strategy = Strategy.preset("default");
        requests = Corpus.load().stream().map(Corpus.Example::input).toArray(ScreeningInput[]::new);
    }

    @Benchmark
    public Decision screenAndDecide() {
        var request = requests[next];
        next = next + 1 == requests.length ? 0 : next + 1;
        return strategy.evaluate(screener.screen(request));
    }
}
