package dev.khabar.store.write;

/**
 * The run's lease expired and another run took the document before this one finished: its result is not recorded.
 * Transient from SQS's point of view: the redelivered message finds the document's new state and acts on it.
 */
public final class LostClaimException extends RuntimeException {
    LostClaimException(String docId) {
        super("lost the claim on document " + docId + " before finishing (lease expired)");
    }
}
