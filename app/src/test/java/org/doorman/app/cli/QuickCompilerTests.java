package org.doorman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickCompilerTests {

    @TempDir
    Path folder;

    @Test
    void knowsTheLengthOfAnInputFile() throws IOException {
        var file = Files.writeString(folder.resolve("requests.jsonl"), "{\"id\": 1}\n");

        assertThat(QuickCompiler.inputBytes(file)).isEqualTo(10);
    }

    @Test
    void doesNotKnowTheLengthOfWhatIsNotAFile() {
        assertThat(QuickCompiler.inputBytes(folder)).isEqualTo(-1);
        assertThat(QuickCompiler.inputBytes(folder.resolve("missing.jsonl"))).isEqualTo(-1);
    }

    /** In a JVM of its own: this one goes on compiling as it did. */
    @Test
    void hotSpotTakesTheDirectiveToCompileNothingWithC2() throws Exception {
        var vm = System.getProperty("java.vm.name", "");
        assumeTrue(vm.contains("HotSpot") || vm.endsWith("Server VM"), "compiler directives are HotSpot's, not " + vm);
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var probe = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), QuickCompilerProbe.class.getName())
                .redirectErrorStream(true)
                .start();
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
        var printed = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(printed).startsWith("added: true");
        var added = printed.substring(0, printed.indexOf("Directive: (default)"));
        assertThat(added).contains("matching: *.*");
        assertThat(added.substring(added.indexOf("c2 directives:"))).contains("Exclude:true");
        assertThat(added.substring(added.indexOf("c1 directives:"), added.indexOf("c2 directives:")))
                .contains("Exclude:false");
    }
}
