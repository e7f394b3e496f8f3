package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * «مبادلة العملات» ("a swap of currencies"), not the fund Mubadala: a known one-word Arabic name that has the shape of a
 * verbal noun of the third form (مُفاعَلة: مبادلة، مشاركة، مراجعة) is that noun when a definite noun follows in construct.
 * A nationality or a relative adjective after it (مبادلة الإماراتية) describes the name and leaves it, and right after a
 * verb it is the verb's subject, the name.
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
        return next.startsWith("ال") && next.length() > 3 && !ArabicOrganizations.nisba(next)
                && !ArabicWords.nationality(next) && governed(tokens, i);
    }

    /** Nouns and prepositions that govern a verbal noun after them: «اتفاقية مبادلة العملات», «عبر مبادلة الديون». */
    private static final Set<String> GOVERNING = ArabicWords.folded("اتفاقية", "اتفاقيات", "اتفاق", "اتفاقا", "عملية",
            "عمليات", "خط", "خطوط", "صفقة", "صفقات", "آلية", "آليات", "عقد", "عقود", "برنامج", "في", "من", "عبر", "على",
            "عن", "إلى");

    /**
     * Whether the word at i stands where a noun is governed: after a definite noun (the sentence's subject: «وتشمل الخطة
     * مبادلة الديون») or a governing noun or preposition, or with a preposition glued to it. Right after a verb it is
     * the verb's subject, the fund («وضخت مبادلة الأموال في …»).
     */
    private static boolean governed(List<Token> tokens, int i) {
        String bare = Clitics.withoutConjunction(tokens.get(i).norm());
        if (bare.startsWith("ب") || bare.startsWith("ل")) {
            return true;
        }
        if (i == 0 || tokens.get(i - 1).script() != Script.ARABIC) {
            return false;
        }
        String before = Clitics.withoutConjunction(tokens.get(i - 1).norm());
        return before.startsWith("ال") || GOVERNING.contains(before);
    }

    /** مُفاعَلة folded: م, a root letter, ا, two root letters, ه. */
    private static boolean thirdFormNoun(String folded) {
        return folded.length() == 6 && folded.charAt(0) == 'م' && folded.charAt(2) == 'ا' && folded.charAt(5) == 'ه';
    }
}
