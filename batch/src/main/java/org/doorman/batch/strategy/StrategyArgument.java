package org.doorman.batch.strategy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doorman.core.strategy.Strategy;
import org.doorman.core.strategy.StrategyFiles;

/** The {@code --strategy NAME|FILE} of the batch commands: a preset's name or the path of a strategy file. */
public final class StrategyArgument {

    private StrategyArgument() {}

    /** The strategy a preset name ({@code default}, ...) or a strategy file names; refused with the reason. */
    public static Strategy load(String presetOrFile) {
        if (Strategy.presetNames().contains(presetOrFile)) {
            return Strategy.preset(presetOrFile);
        }
        var path = Path.of(presetOrFile);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("'" + presetOrFile + "' is neither a preset ("
                    + String.join(", ", Strategy.presetNames()) + ") nor a strategy file");
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + path + ": " + e.getMessage());
        }
        return StrategyFiles.parse(text, path.getFileName().toString().replaceFirst("\\.json$", ""));
    }
}
