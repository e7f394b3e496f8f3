package dev.khabar.store.read;

import dev.khabar.store.DocumentStatus;

/**
 * A document item as the API shows it.
 *
 * @param status    PROCESSING, DONE, FAILED or DELETED
 * @param reason    why it failed, else null
 * @param factsJson the facts document as stored (the contract's JSON), null until extraction has finished
 */
public record StoredDocument(String id, String bucket, String key, String status, String reason, String receivedAt,
                             String title, String language, String publishedDate,
                             Integer entityCount, Integer factCount, String factsJson) {
    public boolean deleted() {
        return DocumentStatus.DELETED.name().equals(status);
    }
}
