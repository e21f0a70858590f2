package org.doorman.bench.load;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Function;

/** The figures as a table for people and as CSV for tools, both on the same stream. */
final class Report {

    private Report() {}

    /**
     * One column: its name and width in the table (null when only in the CSV), its name in the CSV (null when only in
     * the table), the decimals of a fraction in each, and its value in a row.
     */
    private record Column(
            String table, int width, String csv, int tableDecimals, int csvDecimals, Function<Row, Number> value) {

        static Column both(String table, int width, String csv, int tableDecimals, Function<Row, Number> value) {
            return new Column(table, width, csv, tableDecimals, 3, value);
        }

        static Column count(String table, int width, String csv, Function<Row, Number> value) {
            return new Column(table, width, csv, 0, 0, value);
        }

        /** The value right-aligned in {@code width} characters, or as short as it goes when the width is 0. */
        static String format(Number value, int width, int decimals) {
            String pad = width > 0 ? String.valueOf(width) : "";
            return value instanceof Double d
                    ? String.format(Locale.ROOT, "%" + pad + "." + decimals + "f", d)
                    : String.format(Locale.ROOT, "%" + pad + "d", value.longValue());
        }
    }

    private static final List<Column> COLUMNS = List.of(
            Column.count("calls", 9, "calls", Row::calls),
            Column.count(null, 0, "ok", Row::ok),
            new Column("per_s", 9, "ok_per_s", 1, 1, Row::okPerSecond),
            Column.both("p50_ms", 9, "p50_ms", 2, Row::p50),
            Column.both("p95_ms", 9, "p95_ms", 2, Row::p95),
            Column.both("p99_ms", 9, "p99_ms", 2, Row::p99),
            Column.both("max_ms", 9, "max_ms", 2, Row::max),
            Column.count("409", 7, "conflicts", Row::conflicts),
            Column.count("4xx", 7, "client_errors", Row::clientErrors),
            Column.count("5xx/err", 7, null, row -> row.serverErrors() + row.failures()),
            Column.count(null, 0, "server_errors", Row::serverErrors),
            Column.count(null, 0, "failures", Row::failures));

    static void print(Figures figures, double seconds, String label, PrintStream out) {
        var header = new StringBuilder(String.format(Locale.ROOT, "%-20s", "operation"));
        for (var column : COLUMNS) {
            if (column.table() != null) {
                header.append(String.format(Locale.ROOT, " %" + column.width() + "s", column.table()));
            }
        }
        out.println(header);
        for (var operation : Operation.values()) {
            var row = Row.of(figures, operation, seconds);
            var line = new StringBuilder(String.format(Locale.ROOT, "%-20s", operation.call()));
            for (var column : COLUMNS) {
                if (column.table() != null) {
                    line.append(' ')
                            .append(Column.format(column.value().apply(row), column.width(), column.tableDecimals()));
                }
            }
            out.println(line);
        }
        out.println();
        var csvHeader = new StringJoiner(",");
        csvHeader.add("label").add("operation");
        COLUMNS.stream().map(Column::csv).filter(Objects::nonNull).forEach(csvHeader::add);
        out.println(csvHeader.add("seconds"));
        for (var operation : Operation.values()) {
            var row = Row.of(figures, operation, seconds);
            var line = new StringJoiner(",");
            line.add(label).add(operation.name().toLowerCase(Locale.ROOT));
            for (var column : COLUMNS) {
                if (column.csv() != null) {
                    line.add(Column.format(column.value().apply(row), 0, column.csvDecimals()));
                }
            }
            out.println(line.add(String.format(Locale.ROOT, "%.1f", seconds)));
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
