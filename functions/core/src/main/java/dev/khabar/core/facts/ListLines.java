package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.text.Sentence;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Lines of a list hung from a heading: each opens on a marker («·», "-", "•") and tells its item with no verb of its
 * own; the verb is the heading's, the first line before the list that is no item.
 */
final class ListLines {
    /** Dashes, which open a list's line or part a line's name from what it tells of it. */
    static final Set<String> DASHES = WordSet.of("-", "–", "—");
    private static final Set<String> MARKERS = markers();

    private ListLines() {
    }

    /** The dashes and the bullets; built by a loop, not a stream: every document asks {@link #item} on its first line. */
    private static Set<String> markers() {
        Set<String> markers = new HashSet<>(DASHES);
        Collections.addAll(markers, "•", "*", "·", "▪");
        return WordSet.copyOf(markers);
    }

    /** A line opening on a list marker. */
    static boolean item(Doc doc, Sentence s) {
        return s.endToken() - s.firstToken() >= 3 && MARKERS.contains(doc.token(s.firstToken()).surface());
    }

    /** The line the list of item {@code s} hangs from, or null when the list opens the text. */
    static Sentence heading(Doc doc, Sentence s) {
        return heading(doc, s, line -> item(doc, line));
    }

    /** The line the list of item {@code s} hangs from, past the lines {@code item} tells are its other items. */
    static Sentence heading(Doc doc, Sentence s, Predicate<Sentence> item) {
        int back = s.index() - 1;
        while (back >= 0 && item.test(doc.sentences.get(back))) {
            back--;
        }
        return back < 0 ? null : doc.sentences.get(back);
    }
}
