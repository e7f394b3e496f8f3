package dev.khabar.store.write;

import java.util.Set;

/**
 * A run's hold on a document: proof (the token) for the conditional writes that follow, when the hold ends (epoch
 * milliseconds), the keys of every item a previous version may have left, to delete what the new version does not
 * rewrite, and the plan of what this run writes (null for a removal or bad input).
 */
public record Claim(DocumentVersion version, String docId, String token, long leaseUntil, Set<ItemKey> previousKeys,
                    WritePlan plan) {
    public Claim {
        previousKeys = Set.copyOf(previousKeys);
    }
}
