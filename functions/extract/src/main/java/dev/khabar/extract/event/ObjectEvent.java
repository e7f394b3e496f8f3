package dev.khabar.extract.event;

import java.time.Instant;

/**
 * One S3 object change, from one record of an S3 event notification.
 *
 * @param key       the object key, already URL-decoded
 * @param sequencer as S3 sent it (null in hand-written events)
 * @param size      bytes, as the event states (-1 when absent)
 */
public record ObjectEvent(Kind kind, String eventName, String bucket, String key, String sequencer, Instant eventTime,
                          long size) {
    public enum Kind { CREATED, REMOVED, OTHER }
}
