package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Arabic organizations named after what describes them: a country's institution (البنك المركزي الأردني), a name after
 * a description and its nationality (صندوق رأس المال الجريء السويدي X), names listed in brackets after a plural cue.
 */
final class ArabicDescribedOrganizations {
    private static final Set<String> PLURAL_CUES = ArabicWords.folded("شركات", "بنوك", "مصارف", "مجموعات");
    private static final Set<String> NATIONAL_INSTITUTIONS = ArabicWords.folded("بنك", "مصرف", "صندوق");

    private ArabicDescribedOrganizations() {
    }

    /**
     * «صندوق رأسمال المخاطر السويدي فوستوك», «شركة التكنولوجيا الأمريكية زيلوكس»: a cue, what the organization does
     * and its nationality describe it; the undefined word after the nationality is its name, one word or two.
     */
    static boolean describedName(List<Token> tokens, int i, int end, MentionSink sink) {
        String cue = Cues.arabicCue(tokens.get(i).norm());
        if (cue == null || Cues.ARABIC.get(cue) != EntityType.ORGANIZATION || cue.equals("شركات")) {
            return false;
        }
        int j = i + 1;
        if (j + 1 < end && !sink.covered(j) && tokens.get(j).script() == Script.ARABIC && !ArabicOrganizations.definite(tokens.get(j).norm())
                && ArabicOrganizations.plainWord(tokens.get(j)) && ArabicOrganizations.definite(tokens.get(j + 1).norm())) {
            j++; // «صندوق رأسمال المخاطر»: a noun in construct
        }
        int nationality = -1;
        while (j < end && j < i + 6 && (!sink.covered(j) || sink.placeAt(j)) && tokens.get(j).script() == Script.ARABIC
                && ArabicOrganizations.definite(tokens.get(j).norm())) {
            if (ArabicWords.nationality(tokens.get(j).norm())) {
                nationality = j;
            }
            j++;
        }
        if (nationality < 0 || nationality != j - 1 || j >= end || !nameAfterDescription(tokens.get(j), sink.covered(j))) {
            return false;
        }
        int to = j + 1;
        if (to + 1 < end && nameAfterDescription(tokens.get(to), sink.covered(to)) && !tokens.get(to).norm().startsWith("و")
                && (tokens.get(to + 1).script() == Script.PUNCT || NameLexicon.isArabicStopAsWritten(tokens.get(to + 1).norm()))) {
            to++;
        }
        if (to < end && tokens.get(to).script() == Script.ARABIC && !NameLexicon.isArabicStopAsWritten(tokens.get(to).norm())
                && !ArabicWords.verbAfterName(tokens.get(to).norm()) && !tokens.get(to).norm().startsWith("و")
                && !tokens.get(to).norm().startsWith("ل") && !tokens.get(to).norm().startsWith("ب")) {
            return false; // the words after the name must end it: punctuation, a function word, a verb, a conjunction
        }
        sink.dropPlacesIn(i + 1, j);
        return sink.add(j, to, 0, EntityType.ORGANIZATION, null, null);
    }

    /** An undefined word that can name an organization after its description: no function word, verb or cue. */
    private static boolean nameAfterDescription(Token t, boolean covered) {
        String n = t.norm();
        // «مجددا», «مقبولا», «حصة»: accusatives and feminine nouns are the sentence going on, not a name
        return !covered && ArabicOrganizations.orgWord(t) && !n.endsWith("ا") && !ArabicOrganizations.definite(n) && n.length() >= 3 && !NameLexicon.isArabicStop(n)
                && !ArabicWords.verbAfterName(n) && !ArabicOrganizations.DID.contains(n) && !ArabicOrganizations.ANNOUNCED.contains(n)
                && Cues.arabicCue(n) == null
                && NameLexicon.arabicGivenName(n) == null && !ArabicOrganizations.PURPOSE_NOUNS.contains(n);
    }

    /** «شركات», «والبنوك»: a plural cue noun, which may open a list of names in brackets. */
    static boolean pluralCue(String norm) {
        return PLURAL_CUES.contains(Clitics.bare(norm));
    }

    /**
     * «الشركات الثلاث الحالية (آسيا، زين، وكورك)»: after a plural cue and its adjectives, a bracketed list of short
     * names, one or two words each, separated by commas and و, names one organization each.
     */
    static boolean listInBrackets(List<Token> tokens, int i, int end, MentionSink sink) {
        if (!pluralCue(tokens.get(i).norm())) {
            return false;
        }
        int open = i + 1;
        while (open < end && open < i + 4 && tokens.get(open).norm().startsWith("ال") && !sink.covered(open)) {
            open++;
        }
        if (open >= end || !tokens.get(open).is("(")) {
            return false;
        }
        List<int[]> items = new java.util.ArrayList<>();
        int from = open + 1;
        int k = from;
        while (k < end && k < open + 16 && !tokens.get(k).is(")")) {
            Token w = tokens.get(k);
            if (w.surface().equals("،") || w.is(",")) {
                items.add(new int[] {from, k});
                from = k + 1;
            } else if (w.script() != Script.ARABIC || k - from >= 2 || NameLexicon.isArabicStopAsWritten(w.norm())
                    || sink.covered(k) && !sink.placeAt(k) || ArabicOrganizations.definite(w.norm())) {
                return false;
            }
            k++;
        }
        if (k >= end || !tokens.get(k).is(")") || from >= k) {
            return false;
        }
        items.add(new int[] {from, k});
        if (items.size() < 2) {
            return false;
        }
        for (int[] item : items) {
            Token first = tokens.get(item[0]);
            int skip = item != items.get(0) && first.norm().startsWith("و") && first.norm().length() > 3 ? 1 : 0;
            sink.dropPlacesIn(item[0], item[1]);
            sink.add(item[0], item[1], MentionSink.cliticChars(first, first.norm().substring(skip)), EntityType.ORGANIZATION,
                    null, null);
        }
        return true;
    }

    /**
     * «البنك المركزي الأردني», «الصندوق السيادي السعودي», «المصرف الأهلي المصري»: a definite bank or fund, one adjective
     * and the country's adjective name the country's institution.
     */
    static boolean nationalInstitution(List<Token> tokens, int i, int end, String cue, MentionSink sink) {
        if (!NATIONAL_INSTITUTIONS.contains(cue) || i + 2 >= end || sink.covered(i + 1)) {
            return false;
        }
        String cueWord = Clitics.withoutConjunction(tokens.get(i).norm());
        String adjective = tokens.get(i + 1).norm();
        String country = tokens.get(i + 2).norm();
        if (!cueWord.startsWith("ال") && !cueWord.startsWith("بال") || !adjective.startsWith("ال") || !ArabicOrganizations.plainWord(tokens.get(i + 1))
                || ArabicWords.nationality(adjective) || sink.covered(i + 2) && !sink.placeAt(i + 2)
                || !country.startsWith("ال") || !ArabicWords.nationality(country) || country.endsWith("يه")
                || i + 3 < end && tokens.get(i + 3).norm().startsWith("لل")) {
            return false; // a masculine country adjective agrees with البنك; a لل complement makes a longer name
        }
        sink.dropPlacesIn(i + 2, i + 3);
        String reading = cueWord.startsWith("بال") ? cueWord.substring(1) : cueWord;
        return sink.add(i, i + 3, MentionSink.cliticChars(tokens.get(i), reading), EntityType.ORGANIZATION, null, null);
    }
}
