package org.doorman.app.imports;

import java.time.Instant;
import java.util.Optional;
import org.doorman.batch.linkedin.ImportResult;
import org.doorman.core.lifecycle.MemberId;

/**
 * What members imported from their LinkedIn data export: the latest import per member, whole. Calls join the caller's
 * transaction.
 */
public interface Imports {

    /**
     * Keeps {@code result} in place of the member's earlier import; false, and nothing written, when the earlier import
     * found the same.
     */
    boolean keep(MemberId memberId, ImportResult result, Instant at);

    /** The member's latest import, if they ever imported. */
    Optional<StoredImport> of(MemberId memberId);
}
