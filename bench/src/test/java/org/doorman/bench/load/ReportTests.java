package org.doorman.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReportTests {

    @Test
    void printsEveryOperationAsATableLineForPeopleAndACsvLineForTheBenchScripts() {
        var figures = new Figures();
        figures.start();
        figures.record(Operation.values()[0], 201, 12_500_000);
        figures.record(Operation.values()[0], 201, 2_000_000);
        figures.record(Operation.values()[0], 409, 3_000_000);
        figures.record(Operation.values()[0], 500, 4_000_000);
        figures.record(Operation.values()[0], 0, 5_000_000);
        var out = new ByteArrayOutputStream();

        Report.print(figures, 2.0, "run1", new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "operation                calls     per_s    p50_ms    p95_ms    p99_ms    max_ms     409     4xx"
                                + " 5xx/err",
                        "POST /requests               5       1.0      4.00     12.50     12.50     12.50       1       0"
                                + "       2",
                        "GET /inbox                   0       0.0      0.00      0.00      0.00      0.00       0       0"
                                + "       0",
                        "GET /requests/{id}           0       0.0      0.00      0.00      0.00      0.00       0       0"
                                + "       0",
                        "",
                        "label,operation,calls,ok,ok_per_s,p50_ms,p95_ms,p99_ms,max_ms,conflicts,client_errors,"
                                + "server_errors,failures,seconds",
                        "run1,send,5,2,1.0,4.001,12.503,12.503,12.503,1,0,1,1,2.0",
                        "run1,inbox,0,0,0.0,0.000,0.000,0.000,0.000,0,0,0,0,2.0",
                        "run1,request_page,0,0,0.0,0.000,0.000,0.000,0.000,0,0,0,0,2.0");
    }
}
