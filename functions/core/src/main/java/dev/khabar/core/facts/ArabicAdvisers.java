package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * An advisory mandate is a contract (CONTRACT adviser → client): «وأسدى X المشورة إلى Y», «قدمت X المشورة لـY», the
 * advice echoed by a pronoun for a second pair («… وقدمتها Z لـW»), and a firm cast in the adviser's part («X تضطلع
 * بدور المستشار المالي في العملية»), whose client, when unnamed, is the company the text is about. A firm serving as
 * adviser in the accusative advises the company after «لـ» («عملت X مستشارا ماليا لشركة Y»), or the company that
 * appointed it («عين بنك Y شركة X مستشارا ماليا للطرح»).
 */
final class ArabicAdvisers {
    /** «المشورة», «الاستشارات»: the advice given. */
    private static final Set<String> ADVICE = WordSet.of("المشوره", "مشوره", "الاستشارات", "استشارات");
    /** «وقدمتها», «وأسداها»: a verb of giving whose pronoun object is the advice just named. */
    private static final Set<String> GAVE_IT = WordSet.of("قدمتها", "قدمها", "اسدتها", "اسداها", "وفرتها", "وفرها");
    /** «بدور المستشار»: the part a firm plays; «المستشار» alone is a person's title. */
    private static final Set<String> PART = WordSet.of("بدور", "دور");
    private static final Set<String> ADVISER = WordSet.of("المستشار", "مستشار", "مستشارا");
    /** The adviser's part in the accusative or after «كـ»: «عملت X مستشارا ماليا», «كمستشار مالي». */
    private static final Set<String> SERVING = WordSet.of("مستشارا", "كمستشار");
    /** Verbs of a client taking a firm on: «عين», «اختارت», «كلفت». */
    private static final Set<String> APPOINTING = WordSet.of("عين", "عينت", "يعين", "تعين", "اختار", "اختارت", "يختار",
            "تختار", "كلف", "كلفت", "تعيين", "اختيار");
    /** How far a party stands from the word that links it: a verb, quotes and a company noun. */
    private static final int REACH = 4;

    private ArabicAdvisers() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        boolean adviceNamed = false;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (doc.mentionAt[k] >= 0) {
                continue;
            }
            String word = Clitics.withoutConjunction(doc.token(k).norm());
            if (ADVICE.contains(word)) {
                adviceNamed = true;
                add(doc, s, k, organizationBefore(doc, s, k), clientAfter(doc, s, k), out);
            } else if (adviceNamed && GAVE_IT.contains(word)) {
                int adviser = organizationAfter(doc, s, k);
                int client = adviser < 0 ? -1 : clientAfter(doc, s, doc.mention(adviser).endToken() - 1);
                add(doc, s, k, adviser < 0 ? null : doc.id(adviser), client, out);
            } else if (SERVING.contains(word)) {
                served(doc, s, k, out);
            } else if (ADVISER.contains(word) && k > s.firstToken()
                    && PART.contains(Clitics.withoutConjunction(doc.token(k - 1).norm()))) {
                String adviser = organizationBefore(doc, s, k - 1);
                int client = clientAfter(doc, s, k);
                if (client >= 0) {
                    add(doc, s, k, adviser, client, out);
                } else if (adviser != null) {
                    String lead = Anaphora.lead(doc);
                    if (lead != null && !lead.equals(adviser)) {
                        out.add(FactType.CONTRACT, adviser, lead, null, null, null, null, null, Attributes.evidence(doc, s), 0.5);
                    }
                }
            }
        }
    }

    /**
     * «عملت X مستشارا ماليا لشركة Y»: the firm right before the part advises the company after «لـ»; with none, the
     * company whose verb of appointing took the firm on («عين بنك Y شركة X مستشارا»).
     */
    private static void served(Doc doc, Sentence s, int k, FactCollector out) {
        String adviser = organizationBefore(doc, s, k);
        if (adviser == null) {
            return;
        }
        int client = clientAfter(doc, s, k + 1);
        if (client >= 0) {
            add(doc, s, k, adviser, client, out);
            return;
        }
        int appointer = Grammar.firstUngoverned(doc, s, Grammar.clauseStart(doc, k, s), k, Grammar.ORGANIZATION, adviser);
        int verb = appointer < 0 ? -1 : doc.mention(appointer).startToken() - 1;
        if (verb >= s.firstToken() && Grammar.isArabicOrgCue(doc.token(verb))) {
            verb--;
        }
        if (verb >= s.firstToken() && APPOINTING.contains(Clitics.withoutConjunction(doc.token(verb).norm()))) {
            add(doc, s, k, adviser, appointer, out);
        }
    }

    private static void add(Doc doc, Sentence s, int k, String adviser, int client, FactCollector out) {
        if (adviser != null && client >= 0 && !adviser.equals(doc.id(client))) {
            out.add(FactType.CONTRACT, adviser, doc.id(client), null, null, Attributes.date(doc, s, k, FactType.CONTRACT),
                    null, null, Attributes.evidence(doc, s), 0.6);
        }
    }

    /** The organization doing the advising: the nearest one before k in its clause, past a verb and quotes. */
    private static String organizationBefore(Doc doc, Sentence s, int k) {
        for (int j = k - 1; j >= Math.max(s.firstToken(), k - REACH); j--) {
            if (Grammar.isComma(doc.token(j))) {
                return null;
            }
            int m = doc.mentionAt[j];
            if (m >= 0) {
                return doc.type(m) == EntityType.ORGANIZATION && !Grammar.governed(doc, m, s) ? doc.id(m) : null;
            }
        }
        return null;
    }

    /** The organization right after the verb k, past quotes and a company noun, or -1. */
    private static int organizationAfter(Doc doc, Sentence s, int k) {
        int j = Grammar.pastQuotes(doc, s, k + 1);
        if (j < s.endToken() && doc.mentionAt[j] < 0 && Grammar.isArabicOrgCue(doc.token(j))) {
            j = Grammar.pastQuotes(doc, s, j + 1);
        }
        return j < s.endToken() && doc.mentionAt[j] >= 0 && doc.type(doc.mentionAt[j]) == EntityType.ORGANIZATION
                ? doc.mentionAt[j] : -1;
    }

    /** The client after k: the first organization in reach that «إلى» or «لـ» governs («إلى أبوظبي الأول», «لبنك عوده»), or -1. */
    private static int clientAfter(Doc doc, Sentence s, int k) {
        for (int j = k + 1; j < Math.min(s.endToken(), k + 1 + REACH); j++) {
            if (Grammar.isComma(doc.token(j))) {
                return -1;
            }
            int m = doc.mentionAt[j];
            if (m >= 0) {
                return doc.type(m) == EntityType.ORGANIZATION && toward(doc, s, m) ? m : -1;
            }
        }
        return -1;
    }

    /** Whether «إلى» or «لـ» governs the mention: on its first word, on a company noun before it, or as «إلى» before. */
    private static boolean toward(Doc doc, Sentence s, int m) {
        if (Grammar.clitic(doc, doc.mention(m)).indexOf('ل') >= 0) {
            return true;
        }
        int j = doc.mention(m).startToken() - 1;
        while (j >= s.firstToken() && Grammar.isQuote(doc.token(j))) {
            j--;
        }
        if (j < s.firstToken()) {
            return false;
        }
        String before = doc.token(j).norm();
        return before.equals("الي") || before.startsWith("ل") && Grammar.isArabicOrgCue(doc.token(j));
    }
}
