package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * A post one goes on holding: «وسيواصل X مهامه كنائب لرئيس مجلس إدارة Y», «ويواصل X عمله رئيساً لـY»: the person
 * before «مهامه» / «عمله», after or before a verb of continuing, holds the title after it.
 */
final class ContinuedPosts {
    private static final Set<String> CONTINUING = WordSet.of("يواصل", "تواصل", "سيواصل", "ستواصل", "واصل", "واصلت",
            "يستمر", "تستمر", "سيستمر", "ستستمر");
    /** «مهامه», «عمله»: the work of the one the clause is about, which the title after it names. */
    private static final Set<String> OWN_WORK = WordSet.of("مهامه", "مهامها", "عمله", "عملها", "مهمته", "مهمتها");

    private ContinuedPosts() {
    }

    /** The person who goes on holding the title at {@code title}, or -1. */
    static int holder(Doc doc, Sentence s, int title) {
        int k = title - 1;
        if (k <= s.firstToken() || doc.mentionAt[k] >= 0 || !OWN_WORK.contains(Clitics.withoutConjunction(doc.token(k).norm()))) {
            return -1;
        }
        int before = k - 1;
        int person = doc.mentionAt[before];
        if (person >= 0 && doc.type(person) == EntityType.PERSON) {
            int verb = doc.mention(person).startToken() - 1; // «سيواصل X مهامه»
            return verb >= s.firstToken() && continuing(doc, verb) ? person : -1;
        }
        if (!continuing(doc, before) || before - 1 < s.firstToken()) {
            return -1;
        }
        person = doc.mentionAt[before - 1]; // «X يواصل عمله»
        return person >= 0 && doc.type(person) == EntityType.PERSON ? person : -1;
    }

    private static boolean continuing(Doc doc, int k) {
        return doc.mentionAt[k] < 0 && CONTINUING.contains(Clitics.withoutConjunction(doc.token(k).norm()));
    }
}
