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
 * names nothing. Hence a field is named only when its name is a known place, a compass word or a phase number marks
 * it, or the sentence speaks of oil or gas or of working a field.
 */
final class ArabicFields {
    private static final String FIELD = "حقل";
    private static final Set<String> COMPASS = ArabicWords.folded("شمال", "جنوب", "شرق", "غرب");
    /** What a field holds or where it lies, and the domains the noun's other sense takes: no name. */
    private static final Set<String> FIELD_SET = Set.of(FIELD);
    /** Oil and gas, and the work done on a field, which tell the field from the domain. */
    private static final Set<String> OIL_CUES = ArabicWords.folded("نفط", "غاز", "نفطي", "غازي", "نفطية", "غازية", "برميل",
            "براميل", "انتاج", "انتاجه", "حفر", "تنقيب", "تطوير", "بئر", "ابار", "مكمن", "احتياطي", "احتياطيات", "مكعب");
    private static final Set<String> NOT_NAMES = ArabicWords.folded("نفط", "غاز", "نفطي", "غازي", "بحري", "بري", "عملاق",
            "جديد", "كبير", "اكبر", "ضخم", "مكتشف", "واعد", "منتج", "اعلام", "صحافه", "طب", "عمل", "بحث", "علم", "علوم",
            "معرفه", "اقتصاد", "سياسه", "استثمار", "تعليم", "فن", "ادب", "رياضه", "قانون", "هندسه", "مال", "اعمال");

    private ArabicFields() {
    }

    /** Adds the field named at {@code i} («حقل» with or without a clitic) and returns its end, or -1. */
    static int find(List<Token> tokens, int first, int i, int end, MentionSink sink) {
        String norm = tokens.get(i).norm();
        if (!norm.endsWith(FIELD) || !Clitics.anyReadingIn(FIELD_SET, norm)) {
            return -1;
        }
        int k = i + 1;
        boolean compass = false;
        if (k + 1 < end && COMPASS.contains(tokens.get(k).norm()) && nameWord(tokens.get(k + 1))) {
            k++; // «حقل شمال الرميلة»: the compass word opens the name
            compass = true;
        }
        if (k >= end) {
            return -1;
        }
        boolean place = sink.placeAt(k);
        if (!(place || !sink.covered(k) && nameWord(tokens.get(k)))) {
            return -1;
        }
        int to = k + 1;
        boolean phase = true;
        if (to + 1 < end && tokens.get(to).is("/") && tokens.get(to + 1).script() == Script.NUMBER) {
            to += 2; // «حقل غرب القرنة/ 2»: the phase, after a slash
        } else if (to < end && tokens.get(to).script() == Script.NUMBER && tokens.get(to).norm().length() <= 2) {
            to++;
        } else {
            phase = false;
        }
        if (!place && !compass && !phase && !oilCue(tokens, first, end)) {
            return -1; // «يعمل في حقل الصحة», «حقل تجارب»: the domain
        }
        sink.dropPlacesIn(i + 1, to); // «حقل البصرة»: a place lends the field its name
        return sink.add(i, to, MentionSink.cliticChars(tokens.get(i), FIELD), EntityType.FACILITY, null, null) ? to : -1;
    }

    private static boolean oilCue(List<Token> tokens, int first, int end) {
        for (int j = first; j < end; j++) {
            if (Clitics.anyReadingIn(OIL_CUES, tokens.get(j).norm())) {
                return true;
            }
        }
        return false;
    }

    private static boolean nameWord(Token t) {
        String n = t.norm();
        int letters = n.startsWith("ال") ? n.length() - 2 : n.length();
        // no name-word test of a person's family name: «الناصرية», a place in ية, is no adjective here
        return t.script() == Script.ARABIC && letters >= 3 && !NameLexicon.isArabicStop(n) && !ArabicWords.verbAfterName(n)
                && !MentionSink.accusativeTanween(t.surface()) && !Clitics.anyReadingIn(NOT_NAMES, n) && !ArabicWords.isIn(ArabicWords.INDUSTRIES, n)
                && !ArabicWords.nationality(n) && !ArabicNames.definiteVerbalNoun(n);
    }
}
