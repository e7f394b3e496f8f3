package dev.khabar.store.write;

import java.util.Set;

/**
 * A run's hold on a document: proof (the token) for the conditional writes that follow, and the keys of every item
 * a previous version may have left, to delete what the new version does not rewrite.
 */
public record Claim(DocumentVersion version, String docId, String token, Set<ItemKey> previousKeys) {
    public Claim {
        previousKeys = Set.copyOf(previousKeys);
    }
}
