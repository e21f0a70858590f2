package org.doorman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code doorman serve} in a process of its own, the way an operator would, against databases that fail. */
class UnreachableDatabaseIntegrationTests {

    @TempDir
    Path workingDirectory;

    @Test
    void anUnreachablePostgresqlStopsWithOneLineNamingTheUrlWithoutThePassword() throws Exception {
        var run =
                serve("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/doorman?user=doorman&password=s3cret-pw");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stderr().lines().filter(line -> !line.isBlank()))
                .singleElement()
                .asString()
                .startsWith("Doorman cannot start: the database at "
                        + "jdbc:postgresql://127.0.0.1:1/doorman?user=doorman&password=*** cannot be reached");
        assertThat(run.stdout() + run.stderr()).doesNotContain("s3cret-pw").doesNotContain("\tat ");
        assertThat(run.stdout())
                .doesNotContain("Exception encountered during context initialization")
                .doesNotContain("Error starting ApplicationContext");
    }

    @Test
    void aSqliteFileThatCannotBeCreatedStopsWithOneLineNamingTheUrl() throws Exception {
        Path blocker = Files.writeString(workingDirectory.resolve("not-a-directory"), "a file");

        var run = serve("--spring.datasource.url=jdbc:sqlite:" + blocker.resolve("doorman.db"));

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stderr().lines().filter(line -> !line.isBlank()))
                .singleElement()
                .asString()
                .startsWith("Doorman cannot start: the database at jdbc:sqlite:" + blocker.resolve("doorman.db"));
        assertThat(run.stdout() + run.stderr()).doesNotContain("\tat ");
    }

    private Run serve(String... arguments) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                Doorman.class.getName(),
                "serve",
                "--server.port=0",
                "--logging.level.root=INFO"));
        command.addAll(List.of(arguments));
        Path out = workingDirectory.resolve("stdout.txt");
        Path err = workingDirectory.resolve("stderr.txt");
        var process = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("doorman serve did not stop");
        }
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String stdout, String stderr) {}
}
