package dev.khabar.store;

/** Where a document stands; stored in {@link ItemAttributes#STATUS} of its {@code DOC#…/META} item. */
public enum DocumentStatus {
    /** Claimed by a run of the extract function that holds a lease; derived items may be half written. */
    PROCESSING,
    /** Facts written; the item holds the facts document and the keys of every derived item. */
    DONE,
    /** The object could not be read as a document; {@link ItemAttributes#REASON} says why. No derived items. */
    FAILED,
    /** The object was removed: a tombstone carrying the removal's sequencer, not listed, no derived items. */
    DELETED
}
