package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * A company founding another with a finite verb, the founder named right at the verb and the company founded right
 * after: "Telecom Egypt founded WE", "Acme has set up a new subsidiary, Zeta", «وأسست شركة X شركة Y», «أنشأ بنك X
 * صندوق Y». Founding's general reading wants a person for its doer; a company is one only this close to the verb, where
 * no other reading of the sentence is left ("Acme, founded in 2010, bought Zeta" names no founder).
 */
final class CompanyFounders {
    /** Finite Arabic verbs of founding (their folded, conjunction-free forms); not the verbal nouns «تأسيس», «إنشاء». */
    private static final Set<String> ARABIC_VERBS = WordSet.of("اسس", "اسست", "يوسس", "توسس", "انشا", "انشات", "ينشئ",
            "تنشئ");
    /** English verbs of founding; not "found" ("Acme found Zeta's offer low"). */
    private static final Set<String> ENGLISH_VERBS = WordSet.of("founded", "cofounded", "co", "established", "formed", "set");
    /** English words between the founding company and its verb: "Acme has set up", "Acme also formed". */
    private static final Set<String> AUXILIARIES = WordSet.of("has", "have", "had", "also", "jointly", "later", "recently");
    /** Words between an English verb and the company it founded: "set up a new joint venture called Zeta". */
    private static final Set<String> UNIT_WORDS = WordSet.of("a", "an", "the", "its", "their", "new", "joint", "venture",
            "company", "subsidiary", "unit", "firm", "fund", "entity", "startup", "arm", "alliance", "consortium", "bank",
            "called", "named", "dubbed", ",");
    /** How many such words may stand there. */
    private static final int UNIT_REACH = 6;

    private CompanyFounders() {
    }

    /** The founding told, or null when the verb's doer is not a company standing right at it. */
    static Fact found(Doc doc, Sentence s, Trigger tr, FactCollector out) {
        int founder = tr.arabic() ? arabicFounder(doc, s, tr) : englishFounder(doc, s, tr);
        if (founder < 0) {
            return null;
        }
        int from = tr.arabic() && doc.mention(founder).startToken() > tr.startToken() ? doc.mention(founder).endToken()
                : tr.endToken();
        int founded = foundedAt(doc, s, from, tr.arabic());
        if (founded < 0 || doc.id(founded).equals(doc.id(founder))) {
            return null;
        }
        out.add(FactType.FOUNDED, doc.id(founder), doc.id(founded), null, null,
                Attributes.date(doc, s, tr.startToken(), FactType.FOUNDED), null,
                Attributes.status(doc, s, tr.startToken(), FactType.FOUNDED), Attributes.evidence(doc, s), 0.7);
        return out.last();
    }

    /** «شركة X أنشأت», «وأسست شركة X»: a company ending right before the finite verb, or right after it. */
    private static int arabicFounder(Doc doc, Sentence s, Trigger tr) {
        if (!ARABIC_VERBS.contains(Clitics.withoutConjunction(doc.token(tr.startToken()).norm()))) {
            return -1;
        }
        int before = companyEndingAt(doc, s, tr.startToken());
        if (before >= 0) {
            return before; // «شركة A أسست شركة B»: the doer first, the company founded right after the verb
        }
        // «أسس كريم حداد شركة X»: a person founds it, the general reading's case
        return companyAt(doc, s, tr.endToken());
    }

    /** "Acme founded", "Acme has set up": a company ending right before the verb, past its auxiliaries. */
    private static int englishFounder(Doc doc, Sentence s, Trigger tr) {
        int k = tr.startToken();
        if (!ENGLISH_VERBS.contains(doc.token(k).norm())) {
            return -1;
        }
        if (k > s.firstToken() && Grammar.PASSIVE_AUXILIARIES.contains(doc.token(k - 1).norm())) {
            return -1; // "Acme was founded": the company is the one founded
        }
        while (k > s.firstToken() && AUXILIARIES.contains(doc.token(k - 1).norm())) {
            k--;
        }
        return companyEndingAt(doc, s, k);
    }

    private static int companyEndingAt(Doc doc, Sentence s, int end) {
        int m = end > s.firstToken() ? doc.mentionAt[end - 1] : -1;
        return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? m : -1;
    }

    /** The company whose name starts at k, past a cue noun that is no part of it («شركة X»), or -1. */
    private static int companyAt(Doc doc, Sentence s, int k) {
        if (k < s.endToken() && doc.mentionAt[k] < 0 && Grammar.isArabicOrgCue(doc.token(k))) {
            k++;
        }
        int m = k < s.endToken() ? doc.mentionAt[k] : -1;
        return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? m : -1;
    }

    /** The company named right after the founder (Arabic) or after the verb and its unit words (English); or -1. */
    private static int foundedAt(Doc doc, Sentence s, int from, boolean arabic) {
        int k = from;
        while (!arabic && k < s.endToken() && k < from + UNIT_REACH && doc.mentionAt[k] < 0
                && UNIT_WORDS.contains(doc.token(k).norm())) {
            k++;
        }
        return companyAt(doc, s, k);
    }
}
