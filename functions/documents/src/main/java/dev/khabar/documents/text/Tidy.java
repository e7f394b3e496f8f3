package dev.khabar.documents.text;

import java.util.regex.Pattern;

/** The one text shape every decoder hands out: \n line ends, no trailing blanks, at most one blank line in a row. */
public final class Tidy {
    private static final Pattern LINE_END = Pattern.compile("\\r\\n?|[\\u2028\\u2029\\u000B\\f\\u0085]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\uFEFF\\u0000]");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern TRAILING = Pattern.compile("(?m)[ \\t]+$|^[ \\t]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private Tidy() {
    }

    public static String text(String raw) {
        String s = LINE_END.matcher(raw).replaceAll("\n");
        s = INVISIBLE.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ");
        s = TRAILING.matcher(s).replaceAll("");
        s = BLANK_LINES.matcher(s).replaceAll("\n\n");
        return s.strip();
    }
}
