package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Token;
import java.util.List;

/**
 * «مبادلة العملات» ("a swap of currencies"), not the fund Mubadala: a known one-word Arabic name that has the shape of a
 * verbal noun of the third form (مُفاعَلة: مبادلة، مشاركة، مراجعة) is that noun when a definite noun follows in construct.
 * A nationality or a relative adjective after it (مبادلة الإماراتية) describes the name and leaves it.
 */
final class VerbalNounNames {
    private VerbalNounNames() {
    }

    /** Whether the known organization matched at token i is the verbal noun its word also spells. */
    static boolean inConstruct(Gazetteer.Match m, List<Token> tokens, int i, int limit) {
        if (m.entry().type() != EntityType.ORGANIZATION || m.endToken() != i + 1 || m.endToken() >= limit
                || !thirdFormNoun(m.firstReading())) {
            return false;
        }
        String next = tokens.get(m.endToken()).norm();
        return next.startsWith("ال") && next.length() > 3 && !next.endsWith("ي") && !next.endsWith("يه")
                && !ArabicWords.nationality(next);
    }

    /** مُفاعَلة folded: م, a root letter, ا, two root letters, ه. */
    private static boolean thirdFormNoun(String folded) {
        return folded.length() == 6 && folded.charAt(0) == 'م' && folded.charAt(2) == 'ا' && folded.charAt(5) == 'ه';
    }
}
