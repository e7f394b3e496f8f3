package dev.khabar.extract.process;

/**
 * What became of one object event; logged as one JSON line.
 *
 * @param docId    null when the event named no document
 * @param detail   reason or explanation, for the log and (FAILED) the document item
 * @param entities counts of a DONE document, else 0
 */
public record Outcome(Result result, String docId, String bucket, String key, String eventName, String detail,
                      int entities, int facts) {
    public enum Result {
        DONE, FAILED, DELETED,
        /** A duplicate or out-of-order event: acknowledged, nothing written. */
        STALE,
        /** Not an object creation or removal. */
        SKIPPED,
        /** Another run holds the document: retried by SQS. */
        BUSY
    }

    /** Whether the message must come back (SQS redelivery) for the work to be done. */
    public boolean retry() {
        return result == Result.BUSY;
    }
}
