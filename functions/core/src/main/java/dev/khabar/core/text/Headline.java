package dev.khabar.core.text;

/** A headline written as the text's first line: short, no final punctuation, a blank line after it. */
public final class Headline {
    private static final int MAX_CHARS = 160;

    private Headline() {
    }

    /** The headline, or null. */
    public static String find(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int newline = text.indexOf('\n', start);
        if (newline < 0) {
            return null;
        }
        String line = text.substring(start, newline).strip();
        int next = newline + 1;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t' || text.charAt(next) == '\r')) {
            next++;
        }
        boolean blankAfter = next < text.length() && text.charAt(next) == '\n';
        if (!blankAfter || line.isEmpty() || line.length() > MAX_CHARS) {
            return null;
        }
        char last = line.charAt(line.length() - 1);
        return ".!?؟:;,،؛".indexOf(last) >= 0 ? null : line;
    }
}
