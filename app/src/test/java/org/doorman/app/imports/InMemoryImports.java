package org.doorman.app.imports;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.doorman.batch.linkedin.ImportResult;
import org.doorman.core.lifecycle.MemberId;

/** Imports in a map, for tests without a database. */
public final class InMemoryImports implements Imports {

    private final Map<MemberId, StoredImport> imports = new HashMap<>();

    @Override
    public boolean keep(MemberId memberId, ImportResult result, Instant at) {
        var earlier = imports.get(memberId);
        if (earlier != null && earlier.result().digest().equals(result.digest())) {
            return false;
        }
        imports.put(memberId, new StoredImport(result, at));
        return true;
    }

    @Override
    public Optional<StoredImport> of(MemberId memberId) {
        return Optional.ofNullable(imports.get(memberId));
    }
}
