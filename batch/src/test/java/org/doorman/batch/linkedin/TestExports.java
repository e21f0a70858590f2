package org.doorman.batch.linkedin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The test export (fictional people, LinkedIn's column layout) as a folder and as the ZIP LinkedIn would send. */
public final class TestExports {

    private TestExports() {}

    public static Path folder() {
        try {
            return Path.of(TestExports.class.getResource("/linkedin/export").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The export zipped into {@code dir}, in a subfolder as some exports have it. */
    public static Path zip(Path dir) {
        var zip = dir.resolve("Basic_LinkedInDataExport_06-01-2024.zip");
        try (var out = new ZipOutputStream(Files.newOutputStream(zip));
                var files = Files.list(folder())) {
            for (var file : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry(file.getFileName().toString()));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip;
    }
}
