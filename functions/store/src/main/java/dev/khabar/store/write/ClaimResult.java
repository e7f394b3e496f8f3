package dev.khabar.store.write;

/**
 * What came of trying to claim a document.
 *
 * @param claim  present when {@link Outcome#CLAIMED}
 * @param detail for the log: why the claim was not taken
 */
public record ClaimResult(Outcome outcome, Claim claim, String detail) {
    public enum Outcome {
        /** This run owns the document until it finishes or its lease expires. */
        CLAIMED,
        /** The stored version is this one or newer and finished: a duplicate or out-of-order event; drop it. */
        STALE,
        /** Another run holds a live lease: report the message as failed so SQS delivers it again later. */
        BUSY
    }

    static ClaimResult claimed(Claim claim) {
        return new ClaimResult(Outcome.CLAIMED, claim, "claimed");
    }

    static ClaimResult stale(String detail) {
        return new ClaimResult(Outcome.STALE, null, detail);
    }

    static ClaimResult busy(String detail) {
        return new ClaimResult(Outcome.BUSY, null, detail);
    }
}
