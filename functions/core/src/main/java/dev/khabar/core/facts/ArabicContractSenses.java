package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * «عقد» names a contract, but also holds a meeting («عقدت شركة X اجتماعا مع Y», «عقد صفقة») and counts ten years
 * («منذ أكثر من عقد», «خلال العقد الماضي», «عقدين من الزمن»): those senses make no contract. Nor does the contract
 * already told, named again by what it has («ومدة العقد سنتان», «قيمة العقد», «بموجب العقد»).
 */
final class ArabicContractSenses {
    /**
     * What one holds or concludes, «عقد»'s object in its verbal sense; «صفقة», «اتفاق», a memorandum, a partnership or an
     * alliance («عقدت X مذكرة تفاهم مع Y») are told by their own triggers.
     */
    private static final Set<String> HELD = WordSet.of("اجتماع", "اجتماعا", "اجتماعات", "مؤتمر", "مؤتمرا", "مؤتمرات",
            "لقاء", "لقاءات", "جلسه", "جلسات", "محادثات", "مباحثات", "مشاورات", "قمه", "ندوه", "ندوات", "ورشه", "منتدي",
            "اتفاق", "صفقه", "صفقات", "مذكره", "مذكرات", "شراكه", "شراكات", "تحالف", "تحالفا", "تحالفات", "اتفاقيه",
            "اتفاقيات", "بروتوكول", "بروتوكولا");
    /** The verb's own forms; «عقدا», «عقود», «عقدين» are nouns. */
    private static final Set<String> VERB_FORMS = WordSet.of("عقد", "عقدت");
    /** How far after the verb its object may stand, past the doer's name: «عقدت شركة زيفر للتقنية اجتماعا». */
    private static final int DOER_SPAN = 5;

    /** Marks ending the verb's clause before its object could stand. */
    private static final Set<String> CLAUSE_MARKS = WordSet.of(",", "،", ".", "؛", ":");

    /**
     * Words of time before the noun in its sense of ten years: «منذ عقد», «قرابة عقدين», «طوال عقود»; and verbs of
     * lasting, whose span it is: «علاقة تمتد عقدين مع X», «شراكة استمرت عقودا», «تعاون دام عقدا».
     */
    private static final Set<String> SPAN_BEFORE = WordSet.of("منذ", "طوال", "مدي", "نحو", "قرابه", "حوالي", "زهاء",
            "نصف", "قبل", "تمتد", "يمتد", "امتدت", "امتد", "استمرت", "استمر", "تستمر", "يستمر", "دامت", "دام", "تدوم",
            "يدوم", "عمرها", "عمره");
    /** «أكثر من عقد», «أقل من عقدين», «لما يقرب من ثلاثة عقود»: a comparison or an approximation before «من». */
    private static final Set<String> COMPARED = WordSet.of("اكثر", "اقل", "لاكثر", "لاقل", "يقرب", "يقارب");
    /** «ثلاثة» to «عشرة»: a count of decades before the plural «عقود». */
    private static final Set<String> TENS = WordSet.of("ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره");
    /** A decade told by its place in time: «العقد الماضي», «العقود المقبلة». */
    private static final Set<String> PLACED = WordSet.of("الماضي", "الماضيه", "المقبل", "المقبله", "القادم", "القادمه",
            "المنصرم", "الاخير", "الاخيره", "الاخيرين");
    /** «عقود من الزمن», «عقدين من الخبرة»: what the years were of. */
    private static final Set<String> SPANNED = WordSet.of("الزمن", "الخبره", "العمل");

    private ArabicContractSenses() {
    }

    /** What a contract has, in construct before it: its term, value, clauses, conditions, details; «بموجب», under it. */
    private static final Set<String> OF_THE_CONTRACT = WordSet.of("مده", "قيمه", "بنود", "شروط", "تفاصيل", "موجب",
            "اجمالي", "نص", "حجم");

    /** Whether the Arabic contract trigger at {@code at} holds a meeting, counts years or names a contract's attribute. */
    static boolean noContract(Doc doc, Sentence s, int at) {
        return holds(doc, s, at) || decade(doc, s, at) || attributeOfTold(doc, s, at);
    }

    /**
     * «بمبلغ 54 مليونا ومدة العقد 20 شهرا، ومشروع … مع Y»: the definite contract after a noun of what it has is the one
     * the sentence told, its term or value stated, and pairs the parties named around it in no new contract.
     */
    private static boolean attributeOfTold(Doc doc, Sentence s, int at) {
        return at > s.firstToken() && doc.token(at).norm().startsWith("ال")
                && OF_THE_CONTRACT.contains(Clitics.bare(doc.token(at - 1).norm()));
    }

    private static boolean holds(Doc doc, Sentence s, int at) {
        if (!VERB_FORMS.contains(Clitics.withoutConjunction(doc.token(at).norm()))) {
            return false;
        }
        for (int i = at + 1; i < Math.min(s.endToken(), at + 1 + DOER_SPAN); i++) {
            String word = Clitics.bare(doc.token(i).norm());
            if (HELD.contains(word) || HELD.contains(doc.token(i).norm())) {
                return true;
            }
            if (CLAUSE_MARKS.contains(doc.token(i).norm())) {
                return false;
            }
        }
        return false;
    }

    private static boolean decade(Doc doc, Sentence s, int at) {
        int k = at - 1;
        if (k > s.firstToken() && (TENS.contains(doc.token(k).norm()) || doc.token(k).script() == Script.NUMBER)
                && !doc.token(at).norm().startsWith("ال")) {
            k--; // «منذ ثلاثة عقود», «لما يقرب من ثلاثة عقود»: the count of decades stands between the span word and the noun
        }
        String before = k >= s.firstToken() ? Clitics.bare(doc.token(k).norm()) : "";
        if (SPAN_BEFORE.contains(before)) {
            return true;
        }
        if (before.equals("من") && k - 1 >= s.firstToken() && COMPARED.contains(Clitics.withoutConjunction(doc.token(k - 1).norm()))) {
            return true;
        }
        String after = at + 1 < s.endToken() ? doc.token(at + 1).norm() : "";
        if (doc.token(at).norm().startsWith("ال") && PLACED.contains(after) || after.equals("ونصف")) {
            return true;
        }
        return after.equals("من") && at + 2 < s.endToken() && SPANNED.contains(doc.token(at + 2).norm());
    }
}
