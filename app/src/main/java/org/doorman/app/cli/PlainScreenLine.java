package org.doorman.app.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the usual {@code screen} command line without picocli, whose start costs about half a second before the
 * first request: only {@code --input}, {@code --strategy}, {@code --threads} and {@code --jit}, each at most once and
 * with a value picocli would take as it is (an existing file, a number, a compiler's name). Anything else is left to
 * picocli, which reads it as before, with its usage and error messages.
 */
final class PlainScreenLine {

    private PlainScreenLine() {}

    /** The command for the arguments after {@code screen}, or empty when picocli should read them. */
    static Optional<ScreenCommand> read(String... arguments) {
        var command = new ScreenCommand();
        command.strategy = "default";
        var given = new HashSet<String>();
        for (int i = 0; i < arguments.length; i++) {
            var name = arguments[i];
            String value;
            int equals = name.indexOf('=');
            if (name.startsWith("--") && equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < arguments.length && !arguments[i + 1].startsWith("-")) {
                value = arguments[++i];
            } else {
                return Optional.empty();
            }
            if (!given.add(name)) {
                return Optional.empty();
            }
            switch (name) {
                case "--strategy" -> command.strategy = value;
                case "--input" -> {
                    command.input = existingFile(value);
                    if (command.input == null) {
                        return Optional.empty();
                    }
                }
                case "--threads" -> {
                    if (!value.matches("[0-9]{1,6}")) {
                        return Optional.empty();
                    }
                    command.threads = Integer.parseInt(value);
                }
                case "--jit" -> {
                    if (!value.matches("auto|quick|optimizing")) {
                        return Optional.empty();
                    }
                    command.jit = Jit.valueOf(value.toUpperCase(Locale.ROOT));
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(command);
    }

    private static Path existingFile(String value) {
        try {
            var path = Path.of(value);
            return !value.isEmpty() && Files.isRegularFile(path) && Files.isReadable(path) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
