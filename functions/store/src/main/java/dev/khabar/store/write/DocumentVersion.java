package dev.khabar.store.write;

import dev.khabar.store.TableKeys;
import java.time.Instant;
import java.util.Locale;

/**
 * One version of one S3 object as an event names it.
 *
 * @param sequencer the event's sequencer in stored form ({@link #sequencerOf}): comparable as a string
 * @param eventTime when S3 saw the change; listed as the document's receivedAt
 */
public record DocumentVersion(String bucket, String key, String sequencer, Instant eventTime) {
    /** Wider than any sequencer S3 has sent (they are 16–18 hex digits). */
    static final int SEQUENCER_WIDTH = 32;

    public DocumentVersion {
        if (bucket == null || bucket.isEmpty() || key == null || key.isEmpty()) {
            throw new IllegalArgumentException("a document version needs a bucket and a key");
        }
        if (sequencer == null || eventTime == null) {
            throw new IllegalArgumentException("a document version needs a sequencer and an event time");
        }
    }

    public String docId() {
        return TableKeys.docId(bucket, key);
    }

    /**
     * S3 sequencers of one key compare as hex strings right-padded with zeros to equal length. Stored padded and
     * upper-cased, so DynamoDB's string comparison in condition expressions is event order. An event without one
     * (hand-written test events) falls back to its time in milliseconds, as hex.
     */
    public static String sequencerOf(String raw, Instant eventTime) {
        String hex = raw == null || raw.isBlank() ? Long.toHexString(eventTime.toEpochMilli()) : raw.strip();
        if (!hex.matches("[0-9A-Fa-f]+")) {
            throw new IllegalArgumentException("not a hex sequencer: " + raw);
        }
        StringBuilder padded = new StringBuilder(hex.toUpperCase(Locale.ROOT));
        while (padded.length() < SEQUENCER_WIDTH) {
            padded.append('0');
        }
        return padded.toString();
    }
}
