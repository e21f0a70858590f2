package org.doorman.app.imports;

import java.time.Instant;
import org.doorman.batch.linkedin.ImportResult;

/** A member's latest LinkedIn import: its findings and when they were kept. */
public record StoredImport(ImportResult result, Instant importedAt) {}
