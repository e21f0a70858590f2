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
            var row = Row.of(figures, operation, seconds);
            out.printf(
                    Locale.ROOT,
                    "%-20s %9d %9.1f %9.2f %9.2f %9.2f %9.2f %7d %7d %7d%n",
                    operation.call(),
                    row.calls(),
                    row.okPerSecond(),
                    row.p50(),
                    row.p95(),
                    row.p99(),
                    row.max(),
                    row.conflicts(),
                    row.clientErrors(),
                    row.serverErrors() + row.failures());
        }
        out.println();
        out.println("label,operation,calls,ok,ok_per_s,p50_ms,p95_ms,p99_ms,max_ms,conflicts,client_errors,"
                + "server_errors,failures,seconds");
        for (var operation : Operation.values()) {
            var row = Row.of(figures, operation, seconds);
            out.printf(
                    Locale.ROOT,
                    "%s,%s,%d,%d,%.1f,%.3f,%.3f,%.3f,%.3f,%d,%d,%d,%d,%.1f%n",
                    label,
                    operation.name().toLowerCase(Locale.ROOT),
                    row.calls(),
                    row.ok(),
                    row.okPerSecond(),
                    row.p50(),
                    row.p95(),
                    row.p99(),
                    row.max(),
                    row.conflicts(),
                    row.clientErrors(),
                    row.serverErrors(),
                    row.failures(),
                    seconds);
        }
    }

    /** One operation's figures, latencies in milliseconds. */
    private record Row(
            long calls,
            long ok,
            double okPerSecond,
            double p50,
            double p95,
            double p99,
            double max,
            long conflicts,
            long clientErrors,
            long serverErrors,
            long failures) {

        static Row of(Figures figures, Operation operation, double seconds) {
            var h = figures.latency(operation);
            var o = figures.outcomes(operation);
            return new Row(
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
                    o.failed().sum());
        }
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
