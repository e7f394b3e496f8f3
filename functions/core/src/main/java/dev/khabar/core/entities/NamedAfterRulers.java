package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * «مدينة الملك عبدالعزيز للعلوم والتقنية», «جامعة الملك سعود», «جائزة الشيخ زايد»: in the Gulf, institutions, prizes
 * and places are named after a ruler. A noun in construct with a ruler's title names the thing, not the ruler: no
 * person is read there, and an institution is an organization named by the whole phrase with its complements. In the
 * Maghreb the ruler is named by his regnal number instead of a title («جامعة محمد الخامس», «المركب الرياضي محمد
 * الخامس», «ملعب الحسن الثاني»), after the noun and its adjective: the same holds.
 */
final class NamedAfterRulers {
    private static final Set<String> RULERS = ArabicWords.folded("الملك", "الملكة", "الأمير", "الأميرة", "الشيخ",
            "الشيخة", "السلطان");
    private static final Set<String> INSTITUTIONS = ArabicWords.folded("مدينة", "جامعة", "مستشفى", "مركز", "مؤسسة",
            "صندوق", "معهد", "كلية", "أكاديمية", "مجمع", "مكتبة", "مدرسة");
    /** Institutions that are sites, where patients are treated: a facility, as an English "… Hospital" is. */
    private static final Set<String> SITES = ArabicWords.folded("مستشفى");
    /** Prizes, events and sites named after a ruler: no person, and no organization either. */
    private static final Set<String> MEMORIALS = ArabicWords.folded("جائزة", "مسابقة", "برنامج", "مطار", "ميناء",
            "مسجد", "شارع", "طريق", "ملعب", "استاد", "حديقة", "جسر", "قاعدة", "منحة", "كأس", "مركب");
    /** Regnal numbers after a ruler's given name: «محمد الخامس», «الحسن الثاني», «عبد الله الثاني». */
    private static final Set<String> REGNAL = ArabicWords.folded("الأول", "الثاني", "الثالث", "الرابع", "الخامس",
            "السادس", "السابع", "الثامن");
    private static final Set<String> LINKS = ArabicWords.folded("بن", "ابن");

    private NamedAfterRulers() {
    }

    /** The end of a name "noun + ruler's title + name" opening at {@code i} (adding the institution it names), or -1. */
    static int find(List<Token> tokens, int i, int end, MentionSink sink) {
        if (i + 2 >= end) {
            return -1;
        }
        boolean titled = RULERS.contains(tokens.get(i + 1).norm());
        int regnal = titled ? -1 : regnalName(tokens, i + 1, end);
        if (!titled && regnal < 0) {
            return -1; // the cheap tests first: this runs on every Arabic word
        }
        String noun = null;
        boolean institution = false;
        for (String reading : Clitics.readings(tokens.get(i).norm())) {
            if (INSTITUTIONS.contains(reading) || MEMORIALS.contains(reading)) {
                noun = reading;
                institution = INSTITUTIONS.contains(reading);
            }
        }
        String bare = Clitics.bare(tokens.get(i).norm());
        if (noun == null && !titled && MEMORIALS.contains(bare)) {
            noun = bare; // «المركب الرياضي محمد الخامس»: the site, written with the article before its adjective
        }
        int named = noun == null ? -1 : titled ? rulersName(tokens, i + 2, end) : regnal;
        if (named < 0) {
            return -1;
        }
        int to = complements(tokens, named, end, sink);
        if (!sink.free(i, to)) {
            sink.dropNamesIn(i + 1, to); // «الملك سلمان» known as a person: here he only lends his name
        }
        if (institution) {
            sink.add(i, to, MentionSink.cliticChars(tokens.get(i), noun),
                    SITES.contains(noun) ? EntityType.FACILITY : EntityType.ORGANIZATION, null, null);
        }
        return to;
    }

    /**
     * «محمد الخامس», «الرياضي محمد الخامس»: a given name and a regnal number at {@code k}, past one definite adjective
     * of the noun before; the end of the ruler's name, or -1. No one else's name carries a number.
     */
    private static int regnalName(List<Token> tokens, int k, int end) {
        for (int at = k; at <= k + 1 && at + 1 < end; at++) {
            if (REGNAL.contains(tokens.get(at + 1).norm()) && tokens.get(at).script() == Script.ARABIC) {
                String given = tokens.get(at).norm();
                boolean known = NameLexicon.arabicGivenName(given) != null
                        || given.startsWith("ال") && NameLexicon.arabicGivenName(given.substring(2)) != null;
                return known && (at == k || tokens.get(k).norm().startsWith("ال")) ? at + 2 : -1;
            }
        }
        return -1;
    }

    /** The end of the ruler's name at {@code k}: one word, «عبد» and a divine name, then «بن» and the father's. */
    private static int rulersName(List<Token> tokens, int k, int end) {
        int to = servant(tokens, k, end);
        if (to < 0) {
            return -1;
        }
        while (to + 1 < end && LINKS.contains(tokens.get(to).norm())) {
            int father = servant(tokens, to + 1, end);
            if (father < 0) {
                break;
            }
            to = father;
        }
        return to;
    }

    private static int servant(List<Token> tokens, int k, int end) {
        if (tokens.get(k).is("عبد") && k + 1 < end && tokens.get(k + 1).norm().startsWith("ال")) {
            return k + 2;
        }
        return ArabicNames.nameWord(tokens.get(k), false) ? k + 1 : -1;
    }

    /**
     * «للعلوم والتقنية», «الاقتصادية», «التخصصي», «للقوات المسلحة»: what the institution is for (a لل complement, the
     * words joined to it by و and the one definite adjective right after it) and its adjectives (definite, ending in ي).
     */
    private static int complements(List<Token> tokens, int from, int end, MentionSink sink) {
        int to = from;
        boolean forWhat = false;
        while (to < end && to < from + 4 && tokens.get(to).script() == Script.ARABIC && !sink.placeAt(to)) {
            String n = tokens.get(to).norm();
            boolean stop = NameLexicon.isArabicStop(n) || ArabicWords.nationality(n);
            boolean adjective = n.startsWith("ال") && (n.endsWith("ي") || n.endsWith("يه")) && n.length() > 4 && !stop;
            boolean purpose = n.startsWith("لل") && n.length() > 4;
            boolean purposeAdjective = to > from && tokens.get(to - 1).norm().startsWith("لل") && n.startsWith("ال")
                    && n.length() > 4 && !stop; // «للقوات المسلحة»: the complement's own adjective
            if (forWhat && ArabicOrganizations.joinedConstruct(tokens, to, end, sink)) {
                to += 2; // «للإدارة وريادة الأعمال»: a joined field in construct with its genitive
                continue;
            }
            if (!(adjective || purpose || purposeAdjective || forWhat && n.startsWith("وال"))) {
                break;
            }
            forWhat |= purpose;
            to++;
        }
        return to;
    }
}
