package dev.khabar.core.facts;

import static dev.khabar.core.facts.Grammar.ORGANIZATION;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Arabic layoffs told without a count: «خفضت شركات مثل A و B أعداد الموظفين», «خفضت شركة «X» … نحو 2% من العمالة»,
 * «الاستغناء عن 5% من قوتها العاملة». The staff noun may stand far after the verb, past the doers and their
 * description; the doers follow the verb as a list.
 */
final class ArabicLayoffs {
    /** Nouns of a workforce, clitics and article off (موظفيها → موظفي + ها is matched by its stem). */
    private static final Set<String> STAFF = Set.of("عماله", "عمال", "موظفين", "موظفي", "موظيفي", "عاملين", "وظائف", "وظيفه",
            "قوي", "قوه", "قوتها", "قوته", "كوادر", "موظفا", "موظف");
    /** Words between the verb and its doers: «خفضت شركات مثل …», «سرحت كل من شركتي …». */
    private static final Set<String> OPENERS = Set.of("شركات", "شركه", "شركتي", "مثل", "كل", "منها", "قد", "ايضا");
    /** How far after the verb the staff noun may stand. */
    private static final int WINDOW = 20;

    private ArabicLayoffs() {
    }

    /** Whether a workforce noun follows the trigger within its clause (and the window). */
    static boolean namesStaff(Doc doc, Sentence s, int trigger) {
        for (int k = trigger + 1; k < Math.min(Grammar.clauseEnd(doc, trigger, s), trigger + WINDOW); k++) {
            if (staffWord(doc.token(k).norm())) {
                return true;
            }
        }
        return false;
    }

    private static boolean staffWord(String norm) {
        for (String r : Clitics.readings(norm)) {
            String bare = r.startsWith("ال") && r.length() > 3 ? r.substring(2) : r;
            if (STAFF.contains(bare) || STAFF.contains(Clitics.withoutPossessive(bare))) {
                return true;
            }
        }
        return false;
    }

    /** «قام», «قامت»: a light verb whose doers stand before the verbal noun that says what they did (بتسريح). */
    private static final Set<String> LIGHT_VERBS = Set.of("قام", "قامت", "يقوم", "تقوم", "سيقوم", "ستقوم", "قاموا");

    /**
     * «قامت شركات مثل «A» و«B» بتسريح …»: the verbal noun, with ب, follows a light verb; the organizations between the
     * two are the doers, however they are introduced (مثل، كل من، عدد من الشركات).
     */
    static List<String> doersOfLightVerb(Doc doc, Sentence s, Trigger tr) {
        List<String> out = new ArrayList<>();
        for (int m : lightVerbDoers(doc, s, tr, EntityType.ORGANIZATION)) {
            if (!out.contains(doc.id(m))) {
                out.add(doc.id(m));
            }
        }
        return out;
    }

    /**
     * The mentions of the {@code kind} between a light verb and the verbal noun with ب at the trigger, not governed by
     * a preposition: the doers of what it says («قام A وB بتأسيس X», «قامت شركات مثل A وB بتسريح …»).
     */
    static List<Integer> lightVerbDoers(Doc doc, Sentence s, Trigger tr, EntityType kind) {
        List<Integer> out = new ArrayList<>();
        String verbalNoun = doc.token(tr.startToken()).norm();
        if (!verbalNoun.startsWith("ب") && !verbalNoun.startsWith("وب")) {
            return out;
        }
        int light = -1;
        for (int k = Grammar.clauseStart(doc, tr.startToken(), s); k < tr.startToken(); k++) {
            if (doc.mentionAt[k] < 0 && LIGHT_VERBS.contains(Clitics.withoutConjunction(doc.token(k).norm()))) {
                light = k;
            }
        }
        if (light < 0) {
            return out;
        }
        for (int m : doc.mentionsIn(light + 1, tr.startToken())) {
            String clitic = Grammar.clitic(doc, doc.mention(m));
            if (doc.type(m) == kind && !clitic.contains("ب") && !clitic.contains("ل")) {
                out.add(m);
            }
        }
        return out;
    }

    private static final Set<String> RELATIVES = Set.of("التي", "الذي", "اللتين", "اللذين", "الذين");
    /** Words closing a list before its relative: «وغيرها من الشركات التي», «وسواها من الشركات». */
    private static final Set<String> LIST_CLOSERS = Set.of("غيرها", "سواها", "غيرهما", "الشركات", "من", "المجموعات");

    /**
     * «A، و"B"، وC، وغيرها من الشركات التي خفضت أعداد موظفيها», «A و"B" التي خفضت …»: a relative right before the
     * verb hangs on a list of organizations; each member is a doer. Two members at least, else the single name is
     * left to the other rules.
     */
    static List<String> listBeforeRelative(Doc doc, Sentence s, Trigger tr) {
        List<String> out = new ArrayList<>();
        int r = tr.startToken() - 1;
        if (r <= s.firstToken() || !RELATIVES.contains(doc.token(r).norm())) {
            return out;
        }
        int k = r - 1;
        while (k > s.firstToken() && doc.mentionAt[k] < 0 && (Grammar.isComma(doc.token(k)) || Grammar.isQuote(doc.token(k))
                || LIST_CLOSERS.contains(Clitics.withoutConjunction(doc.token(k).norm())))) {
            k--;
        }
        while (k >= s.firstToken()) {
            int m = doc.mentionAt[k];
            if (m >= 0) {
                if (doc.type(m) != EntityType.ORGANIZATION || Grammar.clitic(doc, doc.mention(m)).contains("ب")
                        || Grammar.clitic(doc, doc.mention(m)).contains("ل")) {
                    break;
                }
                out.add(0, doc.id(m));
                k = doc.mention(m).startToken() - 1;
            } else if (Grammar.isComma(doc.token(k)) || Grammar.isQuote(doc.token(k)) || doc.token(k).is("و")
                    || Grammar.isArabicOrgCue(doc.token(k))) {
                k--;
            } else {
                break;
            }
        }
        return out.size() >= 2 ? out : new ArrayList<>();
    }

    /** The organizations right after the verb, a list joined by و / commas: «خفضت شركات مثل «A» و«B» …». */
    static List<String> doersAfter(Doc doc, Sentence s, Trigger tr) {
        List<String> out = new ArrayList<>();
        int k = tr.endToken();
        while (k < s.endToken() && k < tr.endToken() + 5 && doc.mentionAt[k] < 0
                && (Grammar.isQuote(doc.token(k)) || OPENERS.contains(Clitics.withoutConjunction(doc.token(k).norm()))
                || doc.token(k).is("من") && doc.token(k - 1).is("كل"))) {
            k++;
        }
        if (k >= s.endToken() || doc.mentionAt[k] < 0) {
            return out;
        }
        int m = doc.mentionAt[k];
        String clitic = Grammar.clitic(doc, doc.mention(m));
        if (doc.type(m) != EntityType.ORGANIZATION || clitic.contains("ب") || clitic.contains("ل") || clitic.contains("ك")) {
            return out; // «خفضت لأمازون»: a name after a preposition is not the doer
        }
        out.add(doc.id(m));
        NameLists.listAfter(doc, s, m, Grammar.clauseEnd(doc, tr.startToken(), s), ORGANIZATION, null, out);
        return out;
    }
}
