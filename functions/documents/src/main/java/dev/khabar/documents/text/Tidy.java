package dev.khabar.documents.text;

/**
 * The one text shape every decoder hands out: \n line ends, single spaces, no blanks at either end of a line, at most
 * one blank line in a row. One pass over the characters: this runs on every document, up to millions of characters.
 */
public final class Tidy {
    private Tidy() {
    }

    public static String text(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int pendingNewlines = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f' || c == '\u0085') {
                if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
                pendingNewlines++;
                pendingSpace = false;
            } else if (c == '\uFEFF' || c == '\u0000') {
                continue;
            } else if (isSpace(c)) {
                pendingSpace = true;
            } else {
                if (out.length() > 0) {
                    if (pendingNewlines > 0) {
                        out.append(pendingNewlines > 1 ? "\n\n" : "\n");
                    } else if (pendingSpace) {
                        out.append(' ');
                    }
                }
                out.append(c);
                pendingNewlines = 0;
                pendingSpace = false;
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }
}
