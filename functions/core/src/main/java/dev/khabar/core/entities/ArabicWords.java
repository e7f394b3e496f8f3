package dev.khabar.core.entities;

import dev.khabar.core.lexicon.Lexicon;
import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.TextNormalizer;
import dev.khabar.core.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Arabic words that border names without being part of them: verbs that follow a person's name, adjectives of
 * nationality (البريطانية، الصينية), honorifics before a name (سمو، الأمير، الدكتور), nouns that introduce a place
 * (مدينة، مقاطعة) or an event (مؤتمر، قمة).
 */
final class ArabicWords {
    private static final Set<String> VERBS = new HashSet<>();
    /** The verbal nouns in ة of verbs listed as following names, as folding writes them. */
    private static final Set<String> TA_NOUNS = folded("توسعة", "تكملة", "تقدمة");
    static final Set<String> HONORIFICS = folded("سمو", "امير", "اميره", "شيخ", "شيخه", "دكتور", "دكتوره", "سيد",
            "سيده", "استاذ", "استاذه", "معالي", "سعاده", "فضيله", "لواء", "عميد", "عقيد", "ركن", "سفير", "سفيره");
    /** Nouns for a kind of person, never a company's, written with the article before a name: «الصحفي جمال خاشقجي». */
    static final Set<String> PERSON_NOUNS = folded("صحفي", "صحفيه", "اعلامي", "اعلاميه", "كاتب", "كاتبه", "محامي",
            "محاميه", "ناشط", "ناشطه", "ملياردير", "مليارديره", "فنان", "فنانه", "لاعب", "لاعبه", "مخرج", "مخرجه", "مستثمر", "مستثمره");
    /** Titles of a trade written before a name like an honorific: «المهندس خالد», «الكابتن سامي». */
    private static final Set<String> TRADE_COURTESIES = folded("مهندس", "مهندسه", "كابتن");
    /** Honorifics written without the article: "سمو الأمير", "معالي الوزير". */
    static final Set<String> STANDALONE_HONORIFICS = folded("سمو", "معالي", "سعاده", "فضيله");
    static final Set<String> PLACE_CUES = folded("مدينه", "مقاطعه", "ولايه", "محافظه", "اقليم", "عاصمه", "بلده",
            "قريه", "جزيره", "اماره");
    /**
     * Nouns of an industry: "شركة التجارة الإلكترونية" describes a company, it does not name one; so do what a fund
     * holds or pays («صندوق تقاعد», «صندوق أسهم»).
     */
    static final Set<String> INDUSTRIES = folded("تكنولوجيا", "تقنيه", "تجاره", "مدفوعات", "طاقه", "ادويه",
            "سيارات", "طيران", "شحن", "تامين", "برمجيات", "خدمات", "انترنت", "نفط", "غاز", "اغذيه", "عقارات",
            "اعلام", "امن", "دفاع", "رقائق", "العاب", "تجزئه", "اتصالات", "الكترونيات", "استشارات", "ملابس",
            "تواصل", "توصيل", "بث", "ذكاء", "حوسبه", "سياحه", "فنادق", "صناعه", "صناعات", "ابحاث", "تسويق", "اعلانات", "اعلان",
            "استثمار", "استثمارات", "بناء", "مقاولات", "انشاءات", "تعدين", "نقل", "لوجستيات", "تقاعد", "معاشات", "اسهم",
            "سندات", "تحوط", "ثروه", "ائتمان");
    /** «مقرها الرئيسي»: "main", between a seat word and its place. */
    static final Set<String> MAIN = folded("الرئيسي", "الرئيسية", "الرئيس");
    private static final Set<String> BASED = folded("الكائن", "الكائنة", "الواقع", "الواقعة", "ومقرها", "ومقره");
    static final Set<String> EVENT_CUES = folded("مؤتمر", "قمه", "معرض", "منتدي", "مهرجان", "بطوله", "جائزه",
            "اسبوع", "ملتقي", "دوره");
    /**
     * «بتقنية 5G», «بروتوكول IP», «معيار ISO»: nouns of a technology, a protocol or a standard, whose Latin name after
     * them is no company's.
     */
    private static final Set<String> TECHNOLOGY_CUES = folded("تقنيه", "تكنولوجيا", "بروتوكول", "معيار", "مواصفه",
            "الجيل");

    /** A technology noun, with its clitics or its article («بتقنية», «التقنية»); «بروتوكول» keeps its own ب. */
    static boolean technologyCue(String norm) {
        if (isIn(TECHNOLOGY_CUES, norm)) {
            return true;
        }
        for (String reading : Clitics.readings(norm)) { // a loop, not a stream: the names' finders run it cold
            if (TECHNOLOGY_CUES.contains(reading)) {
                return true;
            }
        }
        return false;
    }

    static {
        for (String[] row : Lexicon.rows("/lexicon/verbs-after-names-ar.txt", 1)) {
            String verb = TextNormalizer.normalizePhrase(row[0]);
            String stem = verb.substring(1);
            // «يتولى» takes its pronoun on an alif: «يتولاه», «يتولاها»
            String held = row[0].endsWith("ى") ? verb.substring(0, verb.length() - 1) + "ا" : verb;
            String heldStem = held.substring(1);
            // the future with س and the subjunctive with the ل of purpose: «سيصبح», «ليحل مكانه», «لتصبح»
            String[] forms = {verb, "ت" + stem, "س" + verb, "ست" + stem, "ل" + verb, "لت" + stem};
            String[] holding = {held, "ت" + heldStem, "س" + held, "ست" + heldStem, "ل" + held, "لت" + heldStem};
            for (int f = 0; f < forms.length; f++) {
                VERBS.add(forms[f]);
                // «صندوق تديره شركة …», «التي يملكها»: the verb with its object pronoun is still no name's word
                if (!nounInTa(holding[f], heldStem)) {
                    VERBS.add(holding[f] + "ه");
                }
                VERBS.add(holding[f] + "ها");
            }
        }
    }

    /**
     * Whether a feminine form (or it after ل) with «ه» after it is also written as a noun in ة, which folding makes the
     * same word: the verbal nouns of the listed verbs (توسعة، تكملة، تقدمة), and a stem in ي as one of a weak root
     * (تنويه، تلقيه). Other sound stems stay verbs: «شركة تملكه» owns it.
     */
    private static boolean nounInTa(String form, String stem) {
        if (!form.startsWith("ت") && !form.startsWith("لت")) { // «لتوسعة»: the noun after ل
            return false;
        }
        return stem.endsWith("ي") || TA_NOUNS.contains(form.startsWith("ل") ? form.substring(1) + "ه" : form + "ه");
    }

    /** Verbs of saying and announcing, whose subject (a name, written whole) follows them. */
    private static final Set<String> SPEECH_VERBS = WordSet.of("قال", "قالت", "اضاف", "اضافت", "اوضح", "اوضحت", "اكد",
            "اكدت", "اشار", "اشارت", "صرح", "صرحت", "ذكر", "ذكرت", "اعلن", "اعلنت", "كشف", "كشفت", "يقول", "تقول",
            "يري", "تري", "راي", "رات", "لفت", "لفتت", "تابع", "تابعت", "اعتبر", "اعتبرت", "شدد", "شددت", "علق", "علقت");

    /** Past verbs of a price's or a market's move, which open a report's first clause: «ارتفعت أسعار الذهب». */
    private static final Set<String> MOVE_VERBS = folded("ارتفع", "ارتفعت", "انخفض", "انخفضت", "تراجع", "تراجعت", "صعد",
            "صعدت", "هبط", "هبطت", "قفز", "قفزت", "زاد", "زادت", "نما", "نمت", "تكبد", "تكبدت", "خسر", "خسرت", "ربح", "ربحت");

    private ArabicWords() {
    }

    /**
     * «أعلنت», «قالت», «ارتفعت» (also after «و» or «ف»): a past verb of news, of saying or of a market's move, which opens
     * a clause and never a name.
     */
    static boolean newsVerb(String folded) {
        String verb = Clitics.withoutConjunction(folded);
        return ArabicOrganizations.DID.contains(verb) || SPEECH_VERBS.contains(verb) || MOVE_VERBS.contains(verb);
    }

    /**
     * Whether the token at {@code i} stands where a name is written whole: right after a verb of saying
     * («قال فيليب»), so a leading ف/ب/ك/و there is part of the name, not a clitic.
     */
    static boolean nameSlot(List<Token> tokens, int i, int floor) {
        return i - 1 >= floor && SPEECH_VERBS.contains(Clitics.withoutConjunction(tokens.get(i - 1).norm()));
    }

    /** The words as the tokenizer folds them (ؤ → و, ة → ه), so lookups by a token's norm find them. */
    static Set<String> folded(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(TextNormalizer.normalize(w));
        }
        return WordSet.copyOf(out);
    }

    /** "مقرها", "ومقره", "الكائنة", "الواقع": words that say where something is based; the place follows. */
    static boolean basedIn(String folded) {
        for (String r : Clitics.readings(folded)) {
            if (r.equals("مقر") || r.equals("مقره") || r.equals("مقرها") || BASED.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * «الدكتور», «المهندس», «الشيخ»: a courtesy title written with the article, which opens a person's name; after the
     * first word of an organization's name it ends that name («لشركة الواحة للأسمنت الدكتور فهد …»).
     */
    static boolean courtesyTitle(String folded) {
        String written = Clitics.withoutConjunction(folded);
        String bare = Clitics.bare(written);
        return written.startsWith("ال") && (HONORIFICS.contains(bare) || TRADE_COURTESIES.contains(bare));
    }

    /** "سيصبح", "وتتولى", «تستقطب», «ليحل»: a verb that follows a name. */
    static boolean verbAfterName(String folded) {
        String verb = Clitics.withoutConjunction(folded);
        return VERBS.contains(verb) || tenthFormImperfect(verb);
    }

    /**
     * «مؤسسة سكولكوفو تستقطب», «شركة X تستهدف», «سيستخدم»: the imperfect of the tenth verb form (يست، تست, and the future
     * سيست، ستست) followed by at least two root letters. No name of a person or company is written so, so the word
     * ends the name before it whatever its root; "system" spelled in Arabic (سيستم، سيستمز) only looks like one.
     */
    private static boolean tenthFormImperfect(String verb) {
        String v = verb.startsWith("س") && verb.length() > 5 ? verb.substring(1) : verb;
        return v.length() >= 5 && (v.startsWith("يست") || v.startsWith("تست")) && !verb.startsWith("سيستم");
    }

    /** "البريطانية", "الصيني", "الأمريكيون": an adjective made from a place the gazetteer knows. */
    static boolean nationality(String folded) {
        return nationality(folded, true);
    }

    /**
     * An adjective of nationality that cannot be a family name: family names are masculine nisbas (السويدي، المصري),
     * so "مارتن البريطانية" ends at the feminine adjective while "ماجد السويدي" is one name.
     */
    static boolean nationalityNotSurname(String folded) {
        return nationality(folded, false);
    }

    private static boolean nationality(String folded, boolean masculine) {
        return nationalityPlace(folded, masculine) != null;
    }

    /**
     * The place word (folded) a nationality adjective is made from: الهندية → الهند, البريطانية → بريطانيا; null when
     * the word is no such adjective. {@code masculine}: whether the masculine singular (ي) counts.
     */
    static String nationalityPlace(String folded, boolean masculine) {
        String bare = Clitics.bare(folded);
        String written = Clitics.withoutConjunction(folded);
        String place = nationalityStem(bare, masculine);
        // ألماني، ألمانية: the country's own أل is no article
        return place != null || written.equals(bare) || !written.startsWith("ال") ? place : nationalityStem(written, masculine);
    }

    private static String nationalityStem(String s, boolean masculine) {
        for (String ending : masculine ? new String[] {"يه", "يون", "يين", "يات", "ي"} : new String[] {"يه", "يون", "يين", "يات"}) {
            if (s.length() > ending.length() + 2 && s.endsWith(ending)) {
                String stem = s.substring(0, s.length() - ending.length());
                for (String place : new String[] {stem, stem + "ا", stem + "يا", "ال" + stem, stem + "يه"}) {
                    if (Gazetteer.get().isPlaceWord(place)) {
                        return place;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The words of a company's Arabic name (folded, no cue) go on to what it does, so that the first word alone names it:
     * «زيفر للتقنية المالية», «نوفابيت المصرية للتكنولوجيا المالية»; not «زيفر مصر» or «زيفر الرقمية», which may be others.
     */
    static boolean tradeFollowsFirstWord(String[] words) {
        return words.length > 1 && (words[1].startsWith("ل")
                || words.length > 2 && nationalityNotSurname(words[1]) && words[2].startsWith("لل"));
    }

    /**
     * «السعودية», «سورية»'s article form: a country whose name is written as its own feminine adjective; after a company's
     * name it tells the company's nationality, not a place or a unit there.
     */
    static boolean feminineAdjectiveForm(String folded) {
        return folded.startsWith("ال") && folded.endsWith("يه");
    }

    /** The bare reading of a token is in {@code words} (articles and clitics off: للأمير → امير). */
    static boolean isIn(Set<String> words, String folded) {
        return words.contains(Clitics.bare(folded));
    }
}
