package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.numbers.NumberReader;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * «أطلقت شركة X تطبيق فيرو للدفع», «كشفت X عن هاتفها الجديد فيرو 5»: Arabic news names what a company launches right
 * after the noun of the thing, unquoted and in no gazetteer. Arabic has no capitals to tell a name from a common word,
 * so the name is read only there: a launch verb before the noun, and a word after it that no common word, article or
 * verbal noun is.
 */
final class ArabicLaunchedProducts {
    /** Folded launch words, clitics off (the trigger lexicon's PRODUCT_LAUNCH forms and their verbal nouns). */
    private static final Set<String> LAUNCHES = ArabicWords.folded("أطلق", "أطلقت", "تطلق", "يطلق", "ستطلق", "سيطلق",
            "إطلاق", "طرح", "طرحت", "تطرح", "يطرح", "ستطرح", "سيطرح", "دشن", "دشنت", "تدشن", "يدشن", "تدشين", "استعرض",
            "استعرضت", "تستعرض", "يستعرض", "كشف", "كشفت", "تكشف", "يكشف", "الستار", "النقاب", "اللثام");
    /** Words between the launch and the noun: the company, «رسميا», «اليوم». */
    private static final int REACH = 5;
    /** Common adjectives and words of kind after a product's noun, in either case ending: not a name. */
    private static final Set<String> COMMON = ArabicWords.folded("جديد", "جديدا", "ذكي", "ذكيا", "محمول", "محمولا",
            "خاص", "خاصا", "مجاني", "مجانيا", "رقمي", "رقميا", "إلكتروني", "إلكترونيا", "متطور", "متطورا", "مبتكر", "مبتكرا",
            "متكامل", "متكاملا", "موحد", "موحدا", "مخصص", "مخصصا", "أول", "آخر", "ثان", "ثاني", "كهربائي", "كهربائيا",
            "عالمي", "عالميا", "محلي", "محليا", "رسميا", "حديث", "حديثا", "قابل", "لها", "له", "لهم", "خلال", "ضمن",
            "داخل", "اليوم", "أمس", "حاليا", "مؤخرا");
    private static final int MAX_WORDS = 2;

    private ArabicLaunchedProducts() {
    }

    static void find(List<Token> tokens, Sentence s, MentionSink sink) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (!launch(tokens.get(i))) {
                continue;
            }
            for (int k = i + 1; k < Math.min(s.endToken() - 1, i + REACH) && !clauseBreak(tokens.get(k)); k++) {
                if (productNoun(tokens.get(k))) {
                    named(tokens, k + 1, s.endToken(), sink);
                    break;
                }
            }
        }
    }

    /** «كشفت الشركة أن …»: a clause told, or punctuation, between the verb and a noun: the noun is not what it launches. */
    private static final Set<String> THAT = ArabicWords.folded("أن", "إن", "بأن", "أنه", "أنها");

    private static boolean clauseBreak(Token t) {
        return t.script() == Script.PUNCT || THAT.contains(t.norm());
    }

    private static boolean launch(Token t) {
        return t.script() == Script.ARABIC && Clitics.in(LAUNCHES, t.norm());
    }

    /** «تطبيق», «منصة», «هاتفها», «سيارتها», «تطبيقا»: the noun of something a company makes. */
    private static boolean productNoun(Token t) {
        if (t.script() != Script.ARABIC) {
            return false;
        }
        String cue = Cues.arabicCueOrAccusative(t.norm());
        if (cue == null && t.norm().endsWith("ها")) {
            String stem = t.norm().substring(0, t.norm().length() - 2);
            cue = Cues.arabicCue(stem.endsWith("ت") ? stem.substring(0, stem.length() - 1) + "ه" : stem);
        }
        return cue != null && Cues.ARABIC.get(cue) == EntityType.PRODUCT || Cues.madeThing(t);
    }

    /** The name after the noun at {@code from}, past its definite adjectives («هاتفها الجديد فيرو 5»). */
    private static void named(List<Token> tokens, int from, int end, MentionSink sink) {
        int k = from;
        while (k < end && k < from + 2 && tokens.get(k).script() == Script.ARABIC && tokens.get(k).norm().startsWith("ال")
                && !sink.covered(k)) {
            k++;
        }
        int start = k;
        int words = 0;
        while (k < end && words < MAX_WORDS && nameWord(tokens, k, end, sink)) {
            k++;
            words++;
        }
        if (words == 0) {
            return;
        }
        boolean model = k < end && tokens.get(k).script() == Script.NUMBER && !sink.covered(k);
        if (model) {
            k++; // «فيرو 5», «ميت 70»: the model's number is part of its name
        }
        if (words == 1 && !model && (tokens.get(start).norm().length() <= 3 || nisba(tokens.get(start).norm()))) {
            return; // «خدمة دفع», «تطبيقا مصرفيا»: a short word or a nisba alone is a verbal noun or an adjective
        }
        if (k < end && genitiveAfter(tokens.get(k)) && !model) {
            return; // «خدمة توصيل الطلبات»: a construct, a common noun with its genitive
        }
        sink.add(start, k, 0, EntityType.PRODUCT, null, null);
    }

    /** A definite noun after the name, not its adjective of relation («بطاقة فيرو الائتمانية»: the card's kind). */
    private static boolean genitiveAfter(Token t) {
        String n = t.norm();
        return t.script() == Script.ARABIC && n.startsWith("ال") && !n.endsWith("ي") && !n.endsWith("يه");
    }

    private static boolean nameWord(List<Token> tokens, int k, int end, MentionSink sink) {
        Token t = tokens.get(k);
        String n = t.norm();
        return t.script() == Script.ARABIC && !sink.covered(k) && !n.startsWith("ال") && !n.startsWith("لل")
                && !NameLexicon.isArabicStop(n) && !n.endsWith("ات") && !n.endsWith("ه") && !COMMON.contains(n)
                && !ArabicWords.verbAfterName(n) && !ArabicWords.nationality(n) && !launch(t) && !NumberReader.arabicCardinal(n)
                && Cues.arabicCueOrAccusative(n) == null && !ArabicNames.verbalNounOfFormTwo(n) && !formSixVerbalNoun(n)
                && !ArabicOrganizations.purposeWord(n) && NameLexicon.arabicGivenName(n) == null;
    }

    /** «تداول», «تبادل»: the verbal noun of form VI (تفاعل), what a product does, not its name. */
    private static boolean formSixVerbalNoun(String n) {
        return n.length() == 5 && n.charAt(0) == 'ت' && n.charAt(2) == 'ا';
    }

    /** «مصرفي», «مصرفيا», «تمويلي»: an adjective of relation, in either case ending. */
    private static boolean nisba(String n) {
        return n.length() > 3 && (n.endsWith("ي") || n.endsWith("يا"));
    }
}
