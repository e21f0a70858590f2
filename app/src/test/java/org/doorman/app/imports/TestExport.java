package org.doorman.app.imports;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.doorman.batch.linkedin.LinkedInExport;
import org.doorman.batch.linkedin.LinkedInExports;

/** The test export of fictional people in LinkedIn's column layout (test resources, linkedin/export). */
public final class TestExport {

    private TestExport() {}

    public static Path folder() {
        try {
            return Path.of(TestExport.class.getResource("/linkedin/export").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static LinkedInExport read() {
        return LinkedInExports.read(folder());
    }
}
