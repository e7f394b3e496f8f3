package dev.khabar.core.lexicon;

/**
 * Lines of a table written sorted by their first field ({@link String#compareTo}'s order), searched where they lie.
 * Building a map of a table's thousands of rows costs every cold start several milliseconds, interpreted; this finds
 * only where its lines start, and a lookup compares the key with a dozen lines' first fields, char by char.
 */
public final class SortedLines {
    private final String text;
    /** Where each line starts, then one past the last line's line break. */
    private final int[] starts;

    /**
     * The {@code count} lines of {@code text} from {@code from}, each ended by a line break, the first field (up to a
     * tab or the line's end) of each greater than the one before.
     */
    public SortedLines(String text, int from, int count) {
        this.text = text;
        this.starts = new int[count + 1];
        int at = from;
        for (int i = 0; i < count; i++) {
            starts[i] = at;
            int lineBreak = text.indexOf('\n', at);
            if (lineBreak < 0) {
                throw new IllegalArgumentException("a table of " + count + " lines has " + i);
            }
            at = lineBreak + 1;
        }
        starts[count] = at;
    }

    /** Where the lines end: one past the last one's line break. */
    public int end() {
        return starts[starts.length - 1];
    }

    public boolean contains(String key) {
        return find(key) >= 0;
    }

    /** The rest of the line after the key and its tab ("" when there is none), or null when no line has this key. */
    public String value(String key) {
        int line = find(key);
        if (line < 0) {
            return null;
        }
        int valueStart = starts[line] + key.length() + 1;
        int lineEnd = starts[line + 1] - 1;
        return valueStart >= lineEnd ? "" : text.substring(valueStart, lineEnd);
    }

    private int find(String key) {
        int low = 0;
        int high = starts.length - 2;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = compare(key, mid);
            if (c == 0) {
                return mid;
            }
            if (c < 0) {
                high = mid - 1;
            } else {
                low = mid + 1;
            }
        }
        return -1;
    }

    /** The key against the line's first field, as {@link String#compareTo} would compare them. */
    private int compare(String key, int line) {
        int start = starts[line];
        int end = starts[line + 1] - 1;
        int n = key.length();
        for (int i = 0; ; i++) {
            int at = start + i;
            boolean fieldEnded = at == end || text.charAt(at) == '\t';
            if (i == n) {
                return fieldEnded ? 0 : -1;
            }
            if (fieldEnded) {
                return 1;
            }
            int d = key.charAt(i) - text.charAt(at);
            if (d != 0) {
                return d;
            }
        }
    }
}
