package org.doorman.batch.linkedin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What an import found: how much the export held, its pending incoming invitations as screened, and the connections
 * ranked for pruning (only those with a reason, weakest tie first).
 */
public record ImportResult(
        String ownerName,
        int invitations,
        int connections,
        int messages,
        List<ScreenedInvitation> pending,
        List<PruningCandidate> pruning) {
    public ImportResult {
        pending = List.copyOf(pending);
        pruning = List.copyOf(pruning);
    }

    /** The same for the same findings, whenever and however often the export is imported. */
    public String digest() {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
