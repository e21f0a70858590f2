package org.doorman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DoormanTests {

    @ParameterizedTest
    @ValueSource(strings = {"", "--help", "frobnicate", "serve --help"})
    void noSubcommandHelpOrAnUnknownSubcommandPrintsTheUsageAndExitsWith2(String commandLine) {
        String[] arguments = commandLine.isEmpty() ? new String[0] : commandLine.split(" ");
        var printed = new ByteArrayOutputStream();
        var out = System.out;
        var err = System.err;
        int status;
        try {
            var capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
            System.setOut(capture);
            System.setErr(capture);
            status = Doorman.run(arguments);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }

        assertThat(status).isEqualTo(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Usage:");
    }
}
