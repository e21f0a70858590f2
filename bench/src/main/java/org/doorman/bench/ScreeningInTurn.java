package org.doorman.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.doorman.core.screening.Screener;
import org.doorman.core.screening.ScreeningInput;
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
 * The core decision on one thread over a set of requests in turn: screening each and evaluating the default
 * strategy. Subclasses say which requests (JMH runs the benchmark inherited from here for each).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@Threads(1)
public abstract class ScreeningInTurn {

    private Screener screener;
    private Strategy strategy;
    private ScreeningInput[] requests;
    private int next;

    /** The requests screened in turn. */
    protected abstract List<ScreeningInput> requests();

    @Setup
    public void setUp() {
        screener = Screener.create();
        strategy = Strategy.preset("default");
        requests = requests().toArray(ScreeningInput[]::new);
    }

    @Benchmark
    public Decision screenAndDecide() {
        var request = requests[next];
        next = next + 1 == requests.length ? 0 : next + 1;
        return strategy.evaluate(screener.screen(request));
    }
}
