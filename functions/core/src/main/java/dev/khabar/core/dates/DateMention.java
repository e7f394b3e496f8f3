package dev.khabar.core.dates;

/** A date expression at tokens [startToken, endToken), resolved to YYYY, YYYY-MM or YYYY-MM-DD. */
public record DateMention(int startToken, int endToken, String value, String text) {
}
