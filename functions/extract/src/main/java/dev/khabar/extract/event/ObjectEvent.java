package dev.khabar.extract.event;

import java.time.Instant;

/**
 * One S3 object change, from one record of an S3 event notification.
 *
 * @param key       the object key, already URL-decoded
 * @param sequencer as S3 sent it (null in hand-written events)
 * @param eTag      the object's ETag after a put, null for removals
 * @param size      bytes, as the event states (-1 when absent)
 */
public record ObjectEvent(Kind kind, String eventName, String bucket, String key, String sequencer, Instant eventTime,
                          String eTag, long size) {
    public enum Kind { CREATED, REMOVED, OTHER }
}
