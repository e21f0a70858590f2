package org.doorman.batch.linkedin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.doorman.batch.progress.Progress;

/**
 * The CSV files of an export that Doorman reads, from the ZIP as LinkedIn sends it or from its unpacked folder, each
 * read whole into memory with a progress bar over their bytes. A file may lie in a subfolder; names are matched
 * without regard to case.
 */
final class ExportFiles {

    static final List<String> NAMES = List.of("invitations.csv", "connections.csv", "messages.csv", "profile.csv");

    private final Map<String, byte[]> files;

    private ExportFiles(Map<String, byte[]> files) {
        this.files = files;
    }

    Optional<byte[]> file(String name) {
        return Optional.ofNullable(files.get(name.toLowerCase(Locale.ROOT)));
    }

    static ExportFiles of(Path path) {
        if (Files.isDirectory(path)) {
            return fromFolder(path);
        }
        if (!Files.isRegularFile(path)) {
            throw new UnreadableExport(path + " is neither a file nor a folder.");
        }
        return fromZip(path);
    }

    private static ExportFiles fromFolder(Path folder) {
        var found = new HashMap<String, Path>();
        try (var paths = Files.walk(folder, 3)) {
            paths.filter(Files::isRegularFile).forEach(file -> {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (NAMES.contains(name)) {
                    found.putIfAbsent(name, file);
                }
            });
            long total = 0;
            for (var file : found.values()) {
                total += Files.size(file);
            }
            var files = new HashMap<String, byte[]>();
            try (var progress = Progress.bytes("Reading the export", total)) {
                for (var file : found.entrySet()) {
                    try (var in = progress.counting(Files.newInputStream(file.getValue()))) {
                        files.put(file.getKey(), in.readAllBytes());
                    }
                }
            }
            return new ExportFiles(files);
        } catch (IOException e) {
            throw new UnreadableExport("Cannot read the folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static ExportFiles fromZip(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K') {
                throw new UnreadableExport(file + " is not a ZIP file; give the ZIP LinkedIn sent, or its folder.");
            }
        } catch (IOException e) {
            throw new UnreadableExport("Cannot read " + file + ": " + e.getMessage(), e);
        }
        try (var zip = new ZipFile(file.toFile())) {
            var wanted = new HashMap<String, ZipEntry>();
            zip.stream().filter(entry -> !entry.isDirectory()).forEach(entry -> {
                String name = Path.of(entry.getName()).getFileName().toString().toLowerCase(Locale.ROOT);
                if (NAMES.contains(name)) {
                    wanted.putIfAbsent(name, entry);
                }
            });
            long total = wanted.values().stream()
                    .mapToLong(ZipEntry::getSize)
                    .filter(size -> size > 0)
                    .sum();
            var files = new HashMap<String, byte[]>();
            try (var progress = Progress.bytes("Reading the export", total)) {
                for (var entry : wanted.entrySet()) {
                    try (InputStream entryIn = progress.counting(zip.getInputStream(entry.getValue()))) {
                        files.put(entry.getKey(), entryIn.readAllBytes());
                    }
                }
            }
            return new ExportFiles(files);
        } catch (IOException e) {
            throw new UnreadableExport(file + " is a broken ZIP file (" + e.getMessage() + "); download it again.", e);
        }
    }
}
