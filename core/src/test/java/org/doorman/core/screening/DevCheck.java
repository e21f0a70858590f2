package org.doorman.core.screening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints how the screener does on the dev set, request by request; for looking, never for training. */
final class DevCheck {

    public static void main(String[] args) throws IOException {
        var screener = Screener.create();
        var scores = new Scores();
        for (var line : Files.readAllLines(Path.of(args.length > 0 ? args[0] : "/work/shared/data/dev.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            var example = Corpus.example(line);
            var screening = screener.screen(example.input());
            scores.add(example.category(), screening.category());
            if (screening.category() != example.category()) {
                System.out.printf(
                        "%s expected %s got %s %.2f %s%n",
                        example.id(),
                        example.category().wireName(),
                        screening.category().wireName(),
                        screening.confidence(),
                        screening.signals().stream().map(Signal::name).toList());
            }
        }
        System.out.println(scores);
    }
}
