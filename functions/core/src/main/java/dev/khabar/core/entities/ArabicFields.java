package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * «حقل الرميلة», «وحقل غرب القرنة 2»: an oil or gas field is named by «حقل» in construct with its own name, which a
 * compass word may open and a phase number close; the field is a facility and its noun is part of its name, as the
 * English "… field" is. «حقل» is also "domain" («في حقل التعليم»): a verbal noun, an industry or a field's kind after it
 * names nothing.
 */
final class ArabicFields {
    private static final String FIELD = "حقل";
    private static final Set<String> COMPASS = ArabicWords.folded("شمال", "جنوب", "شرق", "غرب");
    /** What a field holds or where it lies, and the domains the noun's other sense takes: no name. */
    private static final Set<String> NOT_NAMES = ArabicWords.folded("نفط", "غاز", "نفطي", "غازي", "بحري", "بري", "عملاق",
            "جديد", "كبير", "اكبر", "ضخم", "مكتشف", "واعد", "منتج", "اعلام", "صحافه", "طب", "عمل", "بحث", "علم", "علوم",
            "معرفه", "اقتصاد", "سياسه", "استثمار", "تعليم", "فن", "ادب", "رياضه", "قانون", "هندسه", "مال", "اعمال");

    private ArabicFields() {
    }

    /** Adds the field named at {@code i} («حقل» with or without a clitic) and returns its end, or -1. */
    static int find(List<Token> tokens, int i, int end, MentionSink sink) {
        String reading = Clitics.withoutConjunction(tokens.get(i).norm());
        if (!reading.equals(FIELD) && !(reading.length() == FIELD.length() + 1 && reading.endsWith(FIELD)
                && (reading.startsWith("ب") || reading.startsWith("ل")))) {
            return -1;
        }
        int k = i + 1;
        if (k + 1 < end && COMPASS.contains(tokens.get(k).norm()) && nameWord(tokens.get(k + 1))) {
            k++; // «حقل شمال الرميلة»: the compass word opens the name
        }
        if (k >= end || !(sink.placeAt(k) || !sink.covered(k) && nameWord(tokens.get(k)))) {
            return -1;
        }
        int to = k + 1;
        if (to + 1 < end && tokens.get(to).is("/") && tokens.get(to + 1).script() == Script.NUMBER) {
            to += 2; // «حقل غرب القرنة/ 2»: the phase, after a slash
        } else if (to < end && tokens.get(to).script() == Script.NUMBER && tokens.get(to).norm().length() <= 2) {
            to++;
        }
        sink.dropPlacesIn(i + 1, to); // «حقل البصرة»: a place lends the field its name
        return sink.add(i, to, MentionSink.cliticChars(tokens.get(i), FIELD), EntityType.FACILITY, null, null) ? to : -1;
    }

    private static boolean nameWord(Token t) {
        String n = t.norm();
        String bare = n.startsWith("ال") && n.length() > 3 ? n.substring(2) : n;
        // no name-word test of a person's family name: «الناصرية», a place in ية, is no adjective here
        return t.script() == Script.ARABIC && bare.length() >= 3 && !NameLexicon.isArabicStop(n) && !ArabicWords.verbAfterName(n)
                && !MentionSink.accusativeTanween(t.surface()) && !NOT_NAMES.contains(bare) && !ArabicWords.isIn(ArabicWords.INDUSTRIES, n)
                && !ArabicWords.nationality(n) && !ArabicNames.definiteVerbalNoun(n);
    }
}
