package org.doorman.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The profile {@code json-logs} turns the console into one JSON object per line; without it the lines stay plain text.
 * Each case starts a small Spring application in a JVM of its own, since the logging system is one per JVM.
 */
class JsonLogsTests {

    static final String LINE = "a line from the probe";

    @Test
    void theProfileJsonLogsWritesEveryLineAsAnEcsJsonObject() throws Exception {
        List<String> lines = probe("json-logs");

        assertThat(lines).isNotEmpty();
        var json = JsonMapper.builder().build();
        List<JsonNode> objects = lines.stream().map(json::readTree).toList();
        assertThat(objects).allSatisfy(line -> assertThat(line.isObject()).isTrue());
        assertThat(objects)
                .anySatisfy(line -> assertThat(line.path("message").asString()).isEqualTo(LINE))
                .allSatisfy(line -> assertThat(line.has("@timestamp")).isTrue());
    }

    @Test
    void withoutTheProfileTheLinesStayPlainText() throws Exception {
        List<String> lines = probe();

        assertThat(lines).anySatisfy(line -> assertThat(line).contains(LINE).doesNotStartWith("{"));
    }

    /** The probe's standard output, line by line, without blank lines. */
    static List<String> probe(String... profiles) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Probe.class.getName()));
        command.addAll(List.of(profiles));
        var process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().filter(line -> !line.isBlank()).toList();
    }

    /** A Spring application with nothing in it but logging: it logs {@link #LINE} and ends. */
    @Configuration(proxyBeanMethods = false)
    static class Probe {

        public static void main(String[] profiles) {
            var application = new SpringApplication(Probe.class);
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setBannerMode(Banner.Mode.OFF);
            application.setAdditionalProfiles(profiles);
            try (var context = application.run()) {
                LoggerFactory.getLogger(Probe.class).warn(LINE);
            }
        }
    }
}
