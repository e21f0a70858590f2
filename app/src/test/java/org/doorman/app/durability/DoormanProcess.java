package org.doorman.app.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.doorman.app.cli.Doorman;

/**
 * {@code doorman serve} in a JVM of its own, on the test's class path, the way an operator runs it: so that a test can
 * kill it with SIGKILL ({@link #kill()}) and start another on the same data.
 */
final class DoormanProcess implements AutoCloseable {

    static final String ADMIN_TOKEN = "kill-test-admin-token";

    private final Process process;
    private final Path log;
    private final int port;

    private DoormanProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts Doorman on {@code databaseUrl} with these extra Spring arguments, and waits until health answers UP. */
    static DoormanProcess start(String databaseUrl, Path directory, List<String> arguments) {
        int port = freePort();
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Doorman.class.getName(),
                "serve",
                "--server.port=" + port,
                "--spring.datasource.url=" + databaseUrl,
                "--doorman.admin-token=" + ADMIN_TOKEN,
                "--doorman.webhooks.allow-private=true",
                "--logging.level.root=WARN"));
        command.addAll(arguments);
        try {
            Path log = Files.createTempFile(directory, "doorman-", ".log");
            var process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            var doorman = new DoormanProcess(process, log, port);
            doorman.awaitHealth(Duration.ofSeconds(90));
            return doorman;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** SIGKILL: no shutdown hook, no connection closed politely, no transaction finished. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** The health endpoint's status code and body, or -1 when nothing answers. */
    Api.Answer health() {
        return Api.call(HttpRequest.newBuilder(uri("/actuator/health")).GET());
    }

    private void awaitHealth(Duration within) {
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new AssertionError("doorman serve stopped:\n" + output());
            }
            if (health().status() == 200) {
                return;
            }
            sleep(Duration.ofMillis(250));
        }
        throw new AssertionError("doorman serve did not answer health within " + within + ":\n" + output());
    }

    /** The last lines the process wrote, for a failure message. */
    String output() {
        try {
            var lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 200), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
}
