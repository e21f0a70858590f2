package org.doorman.bench.load;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latencies (HdrHistogram, microseconds) and outcomes per operation, recorded from any thread. */
final class Figures {

    /** The answers of one operation by kind. */
    record Outcomes(
            LongAdder ok, LongAdder conflict, LongAdder otherClientError, LongAdder serverError, LongAdder failed) {
        Outcomes() {
            this(new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder());
        }
    }

    private final Map<Operation, Histogram> latencies = new EnumMap<>(Operation.class);
    private final Map<Operation, Outcomes> outcomes = new EnumMap<>(Operation.class);
    private volatile boolean recording;

    Figures() {
        for (var operation : Operation.values()) {
            latencies.put(operation, new ConcurrentHistogram(60_000_000L, 3));
            outcomes.put(operation, new Outcomes());
        }
    }

    void start() {
        recording = true;
    }

    void stop() {
        recording = false;
    }

    /** One call that answered {@code status} after {@code nanos}; {@code status} 0 when it failed without one. */
    void record(Operation operation, int status, long nanos) {
        if (!recording) {
            return;
        }
        latencies.get(operation).recordValue(Math.max(1, nanos / 1000));
        var counts = outcomes.get(operation);
        if (status >= 200 && status < 300) {
            counts.ok().increment();
        } else if (status == 409) {
            counts.conflict().increment();
        } else if (status >= 400 && status < 500) {
            counts.otherClientError().increment();
        } else if (status >= 500) {
            counts.serverError().increment();
        } else {
            counts.failed().increment();
        }
    }

    Histogram latency(Operation operation) {
        return latencies.get(operation);
    }

    Outcomes outcomes(Operation operation) {
        return outcomes.get(operation);
    }
}
