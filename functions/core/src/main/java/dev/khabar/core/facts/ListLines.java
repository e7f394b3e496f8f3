package dev.khabar.core.facts;

import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * Lines of a list hung from a heading: each opens on a marker («·», "-", "•") and tells its item with no verb of its
 * own; the verb is the heading's, the first line before the list that is no item.
 */
final class ListLines {
    private static final Set<String> MARKERS = Set.of("-", "–", "—", "•", "*", "·", "▪");

    private ListLines() {
    }

    /** A line opening on a list marker. */
    static boolean item(Doc doc, Sentence s) {
        return s.endToken() - s.firstToken() >= 3 && MARKERS.contains(doc.token(s.firstToken()).surface());
    }

    /** The line the list of item {@code s} hangs from, or null when the list opens the text. */
    static Sentence heading(Doc doc, Sentence s) {
        int back = s.index() - 1;
        while (back >= 0 && item(doc, doc.sentences.get(back))) {
            back--;
        }
        return back < 0 ? null : doc.sentences.get(back);
    }
}
