package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * «وقعت كل من أرامكو وسابك ومعادن مذكرة تفاهم مع X», «استثمرت شركتا A وB في X», «استحوذت A وB على X»: an Arabic
 * verb's subject may be a list, and every member of it does what the verb says. The doer the rules found is one member;
 * this finds the others: the names joined to it by و or commas (a cue noun, «وشركة», may stand before each), where the
 * list opens right after a verb or the sentence's start, so a list after a preposition («مع A وB», «بين A وB») or
 * after a noun («مستثمرون مثل A وB») is never taken for the doers.
 */
final class ArabicSubjectLists {
    private ArabicSubjectLists() {
    }

    /** Words between a verb and its list of doers: «كل من», «كلا من», the plural, dual or single cue noun. */
    private static final Set<String> OPENERS = WordSet.of("كل", "كلا", "شركات", "شركتا", "شركتي", "شركه", "مجموعه",
            "بنوك", "بنكا", "بنكي", "بنك", "مصارف", "صناديق", "صندوق", "مجموعتا", "مجموعتي", "قد", "ايضا");
    /** Words that cannot stand right before a verb's subject: prepositions and particles that govern or describe a name. */
    private static final Set<String> NOT_BEFORE_DOERS = WordSet.of("مع", "بين", "على", "علي", "في", "عن", "الى", "الي",
            "لدى", "لدي", "عند", "مثل", "منها", "بينها", "بينهم", "منهم", "تدعى", "تدعي", "يدعى", "يدعي", "ضد", "سوى", "غير",
            "لصالح", "قبل", "بعد", "امام", "حول", "نحو", "هم", "هي", "وهم", "وهي", "ان", "انها", "انه", "او");

    /** Plural and dual nouns of companies that open a list of doers after the verb: «وقعت شركتا A وB». */
    private static final Set<String> PLURAL_CUES = WordSet.of("شركات", "شركتا", "شركتي", "بنوك", "بنكا", "بنكي", "مصارف",
            "صناديق", "مجموعتا", "مجموعتي");

    /** Whether the token is a plural or dual noun of companies («شركات», «شركتي»), which a list of names follows. */
    static boolean pluralCue(Token t) {
        return PLURAL_CUES.contains(Clitics.withoutConjunction(t.norm()));
    }

    /** «مثل», «منها»: after a plural cue noun and its adjectives, the members named as examples of the doers. */
    private static final Set<String> EXAMPLES = WordSet.of("مثل", "منها");
    /** How many adjectives may describe the plural cue noun before «مثل»: «شركات تقنية عملاقة مثل». */
    private static final int CUE_ADJECTIVES = 2;

    /**
     * The token after «كل من», «كلا من» and a plural or dual cue noun at {@code k} (a verb's list of doers opening), past
     * its adjectives and «مثل» when the doers are named as its examples («سرحت شركات كبرى مثل A وB …»); or k.
     */
    static int pastOpeners(Doc doc, int k, int end) {
        int j = k;
        if (j + 1 < end && (doc.token(j).is("كل") || doc.token(j).is("كلا")) && doc.token(j + 1).is("من")) {
            j += 2;
        }
        int cues = j;
        while (j < end && doc.mentionAt[j] < 0 && PLURAL_CUES.contains(doc.token(j).norm())) {
            j++;
        }
        return j > cues ? pastExamples(doc, j, end) : j;
    }

    /** Past «كبرى مثل», «عملاقة مثل», «مثل» right after a plural cue noun ending at {@code j}; or j. */
    private static int pastExamples(Doc doc, int j, int end) {
        for (int e = j; e < Math.min(end, j + CUE_ADJECTIVES + 1); e++) {
            Token t = doc.token(e);
            if (doc.mentionAt[e] >= 0 || t.script() != Script.ARABIC) {
                return j;
            }
            if (EXAMPLES.contains(t.norm())) {
                return e + 1;
            }
            if (NOT_BEFORE_DOERS.contains(Clitics.withoutConjunction(t.norm()))) {
                return j;
            }
        }
        return j;
    }

    /**
     * «استحوذت أرامكو وسابك على X»: the token after the doers listed with the one ending at {@code from} (joined by و or
     * commas, each of the doer's kind and not after a preposition), or {@code from} when none is; the company dealt with
     * is named past them.
     */
    static int pastCoDoers(Doc doc, int from, int end, EntityType kind) {
        int last = from;
        int j = from;
        while (j < end) {
            int p = j;
            while (p < end && doc.mentionAt[p] < 0 && joiner(doc.token(p))) {
                p++;
            }
            int m = p < end ? doc.mentionAt[p] : -1;
            if (m < 0 || doc.mention(m).startToken() != p || doc.type(m) != kind || governed(doc, m)
                    || p == j && !Grammar.clitic(doc, doc.mention(m)).startsWith("و")) {
                break;
            }
            j = doc.mention(m).endToken();
            while (j < end && Grammar.isQuote(doc.token(j))) {
                j++;
            }
            last = j;
        }
        return last;
    }

    /** A comma, «و», a quote or a cue noun carrying و («وشركة»): what stands between two members of a list. */
    private static boolean joiner(Token t) {
        return Grammar.isComma(t) || t.is("و") || Grammar.isQuote(t) || t.norm().startsWith("و") && Grammar.isArabicOrgCue(t);
    }

    /** The other members of the list of doers the mention {@code doer} belongs to, in order; empty when it is in none. */
    static List<Integer> others(Doc doc, Sentence s, Trigger tr, int doer, Set<EntityType> kinds) {
        List<Integer> out = new ArrayList<>();
        EntityType kind = doc.type(doer);
        int k = doc.mention(doer).startToken() - 1;
        int current = doer;
        while (true) {
            int at = pastJoiners(doc, s, k);
            if (at == k && !Grammar.clitic(doc, doc.mention(current)).startsWith("و")) {
                break; // nothing joins this member to a name before it
            }
            int m = at >= s.firstToken() ? doc.mentionAt[at] : -1;
            if (m < 0 || doc.type(m) != kind || doc.mention(m).endToken() != at + 1 || governed(doc, m)) {
                break;
            }
            out.add(0, m);
            current = m;
            k = doc.mention(m).startToken() - 1;
        }
        int head = out.isEmpty() ? doer : out.get(0);
        if (!opensAfterVerb(doc, s, tr, head)) {
            return new ArrayList<>();
        }
        if (doc.mention(doer).startToken() > tr.startToken() || out.isEmpty() && afterPluralCue(doc, s, doer)) {
            // «استحوذت A وB على X»: the doer after the verb, the list going on; «أعلنت شركات A وB عن تسريح»: the
            // doer the plural noun opens, the first of those it lists
            List<String> after = new ArrayList<>();
            NameLists.listAfter(doc, s, doer, Grammar.clauseEnd(doc, tr.startToken(), s), Set.of(kind), doc.id(doer), after);
            for (String id : after) {
                int m = firstMentionOf(doc, s, id, doc.mention(doer).endToken());
                if (m >= 0 && !governed(doc, m)) {
                    out.add(m);
                }
            }
        }
        // a loop, not removeIf's lambda: an Arabic first document reaches here, and a cold start pays each lambda's class
        for (int i = out.size() - 1; i >= 0; i--) {
            int m = out.get(i);
            if (doc.id(m).equals(doc.id(doer)) || !kinds.contains(doc.type(m))) {
                out.remove(i);
            }
        }
        return out;
    }

    /** «شركات A», «شركتا "A"»: the doer right after a plural or dual cue noun (past a quote), which opens a list. */
    private static boolean afterPluralCue(Doc doc, Sentence s, int doer) {
        int k = doc.mention(doer).startToken() - 1;
        while (k >= s.firstToken() && Grammar.isQuote(doc.token(k))) {
            k--;
        }
        return k >= s.firstToken() && doc.mentionAt[k] < 0 && pluralCue(doc.token(k));
    }

    /** The token before {@code k}'s commas, «و», quotes and a coordinated cue noun («وشركة»), walking back from k. */
    private static int pastJoiners(Doc doc, Sentence s, int k) {
        int j = k;
        while (j >= s.firstToken() && doc.mentionAt[j] < 0 && joiner(doc.token(j))) {
            j--;
        }
        return j;
    }

    /** A name after a preposition written on it (ب، ل، ك): no doer. */
    private static boolean governed(Doc doc, int m) {
        String clitic = Grammar.clitic(doc, doc.mention(m)); // و and ف before it change nothing here
        return clitic.contains("ب") || clitic.contains("ل") || clitic.contains("ك");
    }

    /** Whether the list opening at mention {@code head} stands right after a verb (or its openers) or the sentence's start. */
    private static boolean opensAfterVerb(Doc doc, Sentence s, Trigger tr, int head) {
        if (governed(doc, head)) {
            return false;
        }
        int k = doc.mention(head).startToken() - 1;
        k = beforeExamples(doc, s, k);
        while (k >= s.firstToken() && doc.mentionAt[k] < 0 && (Grammar.isQuote(doc.token(k))
                || OPENERS.contains(Clitics.withoutConjunction(doc.token(k).norm()))
                || doc.token(k).is("من") && k - 1 >= s.firstToken()
                && Set.of("كل", "كلا").contains(Clitics.withoutConjunction(doc.token(k - 1).norm())))) {
            k--; // «كل من», «كلا من»: the من of "each of" only
        }
        if (k < s.firstToken()) {
            return doc.mention(head).startToken() < tr.startToken(); // «أرامكو وسابك توقعان …»: the sentence opens on the list
        }
        Token t = doc.token(k);
        if (doc.mentionAt[k] >= 0 || t.script() != Script.ARABIC) {
            return false;
        }
        String w = Clitics.withoutConjunction(t.norm());
        return k == tr.startToken() || !NOT_BEFORE_DOERS.contains(w) && TriggerContext.isVerb(t) && !w.startsWith("ب")
                && !w.endsWith("ه") && !w.startsWith("م");
    }

    /** From «مثل» at {@code k} back to the plural cue noun its adjectives describe («شركات كبرى مثل»); or k. */
    private static int beforeExamples(Doc doc, Sentence s, int k) {
        if (k < s.firstToken() || doc.mentionAt[k] >= 0 || !EXAMPLES.contains(doc.token(k).norm())) {
            return k;
        }
        for (int j = k - 1; j >= Math.max(s.firstToken(), k - CUE_ADJECTIVES - 1); j--) {
            if (doc.mentionAt[j] >= 0) {
                return k;
            }
            if (PLURAL_CUES.contains(doc.token(j).norm())) {
                return pastExamples(doc, j + 1, k + 1) == k + 1 ? j : k;
            }
        }
        return k;
    }

    /** The first mention of entity {@code id} from token {@code from} on in the sentence, or -1. */
    private static int firstMentionOf(Doc doc, Sentence s, String id, int from) {
        for (int m : doc.mentionsIn(from, s.endToken())) {
            if (doc.id(m).equals(id)) {
                return m;
            }
        }
        return -1;
    }
}
