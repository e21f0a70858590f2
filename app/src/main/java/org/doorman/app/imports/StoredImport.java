package org.doorman.app.imports;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.doorman.batch.linkedin.ImportReport;
import org.doorman.batch.linkedin.ImportResult;

/** A member's latest LinkedIn import: its findings and when they were kept. */
public record StoredImport(ImportResult result, Instant importedAt) {

    /** As the API and the member's data export show it: the time, then the JSON report's fields. */
    public Map<String, Object> asMap() {
        var map = new LinkedHashMap<String, Object>();
        map.put("importedAt", importedAt.toString());
        map.putAll(ImportReport.asMap(result));
        return map;
    }
}
