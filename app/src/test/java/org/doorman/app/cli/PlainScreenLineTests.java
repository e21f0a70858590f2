package org.doorman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainScreenLineTests {

    @TempDir
    Path folder;

    @Test
    void readsInputStrategyThreadsAndJitInBothSpellings() throws IOException {
        var file = Files.writeString(folder.resolve("requests.jsonl"), "{}\n");

        var command = PlainScreenLine.read(
                        "--input", file.toString(), "--strategy=meet-twice", "--threads", "3", "--jit=optimizing")
                .orElseThrow();

        assertThat(command.input).isEqualTo(file);
        assertThat(command.strategy).isEqualTo("meet-twice");
        assertThat(command.threads).isEqualTo(3);
        assertThat(command.jit).isEqualTo(Jit.OPTIMIZING);
    }

    @Test
    void withoutArgumentsReadsStandardInputWithTheDefaultStrategyOnEveryCore() {
        var command = PlainScreenLine.read().orElseThrow();

        assertThat(command.input).isNull();
        assertThat(command.strategy).isEqualTo("default");
        assertThat(command.threads).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(command.jit).isEqualTo(Jit.AUTO);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--help",
                "-h",
                "-V",
                "--input",
                "--input --strategy default",
                "--strategy default --strategy open-door",
                "--threads many",
                "--threads -1",
                "--threads 99999999999",
                "--jit fast",
                "--jit QUICK",
                "--input /no/such/file.jsonl",
                "--input=",
                "--input .",
                "--frobnicate 1",
                "requests.jsonl"
            })
    void leavesEverythingElseToPicocli(String commandLine) {
        assertThat(PlainScreenLine.read(commandLine.split(" "))).isEmpty();
    }
}
