package dev.khabar.core.entities;

import dev.khabar.core.roles.ArabicRoles;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import java.util.List;

/**
 * The given name «علي» (Ali), which folding makes one word with the preposition «على» and so a stop word no name rule
 * takes. A writer who ends words with alif maqsura («إلى», «على») tells the two apart: in such a text a «علي» written
 * with ya is the name — the father's after a given name («أحمد علي مفتاح»), or a given name before more of a name
 * («علي حسن الشامسي»).
 */
final class ArabicAliNames {
    private static final String ALI = "علي";

    private ArabicAliNames() {
    }

    /** Whether the token is the name «علي» in a text that writes the preposition «على» apart from it. */
    static boolean isAli(Token t, MentionSink sink) {
        return t.script() == Script.ARABIC && Clitics.withoutConjunction(t.norm()).equals(ALI) && t.surface().indexOf('ى') < 0
                && sink.writesAlifMaqsura();
    }

    /** The person whose name holds «علي» at token i, added to the sink; whether one was. */
    static boolean find(List<Token> tokens, int i, int floor, int end, MentionSink sink) {
        if (sink.covered(i) || !isAli(tokens.get(i), sink)) {
            return false;
        }
        int before = givenStart(tokens, i, floor, sink);
        if (before >= 0) { // «أحمد علي», «عبد الله علي»: Ali is the father's name; a family or grandfather's name may close it
            int to = i + 1;
            if (to < end && !sink.covered(to) && (ArabicNames.familyNisba(tokens, to, end, sink)
                    || ArabicNames.nameWord(tokens.get(to), true) && closesAfter(tokens, to + 1, end))) {
                to++;
            }
            Token first = tokens.get(before);
            String given = givenReading(first);
            String reading = given != null ? given : Clitics.withoutConjunction(first.norm()); // «وعبد الله»
            return ArabicNames.addPerson(tokens, before, to, MentionSink.cliticChars(first, reading), sink);
        }
        int second = i + 1; // «علي حسن الشامسي»: Ali opens the name, which needs a second word
        if (second >= end || sink.covered(second) || !ArabicNames.nameWord(tokens.get(second), true)
                || tokens.get(second).norm().startsWith("ال") && !tokens.get(second).norm().endsWith("ي")) {
            return false;
        }
        int to = ArabicNames.nameEnd(tokens, second, end, sink);
        String reading = Clitics.withoutConjunction(tokens.get(i).norm());
        return ArabicNames.addPerson(tokens, i, to, MentionSink.cliticChars(tokens.get(i), reading), sink);
    }

    /**
     * The first token of the given name right before token i — a listed one («أحمد») or «عبد» before a divine name
     * («عبد الله») — or -1.
     */
    private static int givenStart(List<Token> tokens, int i, int floor, MentionSink sink) {
        int before = i - 1;
        if (before < floor || sink.covered(before) || tokens.get(before).script() != Script.ARABIC) {
            return -1;
        }
        if (before - 1 >= floor && !sink.covered(before - 1) && tokens.get(before).norm().startsWith("ال")
                && Clitics.withoutConjunction(tokens.get(before - 1).norm()).equals("عبد")) {
            return before - 1;
        }
        return givenReading(tokens.get(before)) != null ? before : -1;
    }

    /** The reading of a word that is a listed given name, or null. */
    private static String givenReading(Token t) {
        for (String reading : Clitics.readings(t.norm())) {
            if (NameLexicon.arabicGivenName(reading) != null && reading.length() >= 3) {
                return reading;
            }
        }
        return null;
    }

    /** Whether a name ends before token k: punctuation, the sentence's end, a verb said of a name, or a title. */
    private static boolean closesAfter(List<Token> tokens, int k, int end) {
        return k >= end || ArabicAppositions.closesName(tokens.get(k)) || ArabicWords.verbAfterName(tokens.get(k).norm())
                || ArabicRoles.match(tokens, k, end) != null;
    }
}
