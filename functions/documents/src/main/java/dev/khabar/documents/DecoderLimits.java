package dev.khabar.documents;

import java.time.Duration;

/**
 * Bounds that keep hostile input from exhausting a Lambda's memory or time.
 *
 * @param maxBytes             largest accepted upload, checked before the content is read in full
 * @param maxUncompressedBytes most bytes a DOCX may inflate to, across all its entries (zip bombs)
 * @param maxTextChars         longest decoded text accepted
 * @param maxPdfPages          pages of a PDF read at most; later pages are ignored
 * @param maxPdfTime           longest a PDF's text layer may take to read: content streams built to be slow (millions
 *                             of operators on one page) are refused with a reason instead of running into the
 *                             function's timeout, where the message would be retried until it lands in the DLQ
 */
public record DecoderLimits(long maxBytes, long maxUncompressedBytes, int maxTextChars, int maxPdfPages,
                            Duration maxPdfTime) {
    public static final DecoderLimits DEFAULTS =
            new DecoderLimits(20L << 20, 100L << 20, 2_000_000, 500, Duration.ofSeconds(20));

    public DecoderLimits {
        if (maxBytes <= 0 || maxUncompressedBytes <= 0 || maxTextChars <= 0 || maxPdfPages <= 0) {
            throw new IllegalArgumentException("decoder limits must be positive");
        }
        if (maxPdfTime == null || maxPdfTime.isNegative() || maxPdfTime.isZero()) {
            throw new IllegalArgumentException("maxPdfTime must be positive");
        }
        if (maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBytes must fit in one byte array");
        }
    }

    public DecoderLimits withMaxBytes(long bytes) {
        return new DecoderLimits(bytes, maxUncompressedBytes, maxTextChars, maxPdfPages, maxPdfTime);
    }

    public DecoderLimits withMaxUncompressedBytes(long bytes) {
        return new DecoderLimits(maxBytes, bytes, maxTextChars, maxPdfPages, maxPdfTime);
    }

    public DecoderLimits withMaxPdfTime(Duration time) {
        return new DecoderLimits(maxBytes, maxUncompressedBytes, maxTextChars, maxPdfPages, time);
    }
}
