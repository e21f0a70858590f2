package org.doorman.bench.load;

import java.io.PrintStream;
import java.util.Locale;

/** The figures as a table for people and as CSV for tools, both on the same stream. */
final class Report {

    private Report() {}

    static void print(Figures figures, double seconds, String label, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "%-20s %9s %9s %9s %9s %9s %9s %7s %7s %7s%n",
                "operation",
                "calls",
                "per_s",
                "p50_ms",
                "p95_ms",
                "p99_ms",
                "max_ms",
                "409",
                "4xx",
                "5xx/err");
        for (var operation : Operation.values()) {
            var h = figures.latency(operation);
            var o = figures.outcomes(operation);
            out.printf(
                    Locale.ROOT,
                    "%-20s %9d %9.1f %9.2f %9.2f %9.2f %9.2f %7d %7d %7d%n",
                    operation.call(),
                    h.getTotalCount(),
                    o.ok().sum() / seconds,
                    ms(h.getValueAtPercentile(50)),
                    ms(h.getValueAtPercentile(95)),
                    ms(h.getValueAtPercentile(99)),
                    ms(h.getMaxValue()),
                    o.conflict().sum(),
                    o.otherClientError().sum(),
                    o.serverError().sum() + o.failed().sum());
        }
        out.println();
        out.println("label,operation,calls,ok,ok_per_s,p50_ms,p95_ms,p99_ms,max_ms,conflicts,client_errors,"
                + "server_errors,failures,seconds");
        for (var operation : Operation.values()) {
            var h = figures.latency(operation);
            var o = figures.outcomes(operation);
            out.printf(
                    Locale.ROOT,
                    "%s,%s,%d,%d,%.1f,%.3f,%.3f,%.3f,%.3f,%d,%d,%d,%d,%.1f%n",
                    label,
                    operation.name().toLowerCase(Locale.ROOT),
                    h.getTotalCount(),
                    o.ok().sum(),
                    o.ok().sum() / seconds,
                    ms(h.getValueAtPercentile(50)),
                    ms(h.getValueAtPercentile(95)),
                    ms(h.getValueAtPercentile(99)),
                    ms(h.getMaxValue()),
                    o.conflict().sum(),
                    o.otherClientError().sum(),
                    o.serverError().sum(),
                    o.failed().sum(),
                    seconds);
        }
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
