package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.numbers.NumberReader;
import dev.khabar.core.roles.ArabicRoles;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import dev.khabar.core.text.WordFlags;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Arabic names of organizations, which follow a cue noun: a public body's genitive chain (وزارة قطاع الأعمال العام),
 * a company's name after شركة/مجموعة/بنك with its adjectives and its "لل" complement (شركة النصر العامة للمقاولات,
 * الشركة السعودية للتنمية والاستثمار التقني), or a quoted name after any cue (موقع “…”).
 */
final class ArabicOrganizations {
    private static final Set<String> NAMED_BY_CUE = ArabicWords.folded("بنك", "مصرف", "صندوق", "جامعه", "مجموعه");
    private static final Set<String> GOVERNMENT = ArabicWords.folded("وزاره", "هيئه", "جهاز", "سلطه", "مؤسسه", "جامعه", "اكاديميه",
            "محكمه", "مفوضيه", "لجنه", "وكاله", "صندوق", "بنك", "مصرف", "معهد", "اتحاد", "غرفه", "جمعيه");
    /** Verbal nouns of a deal, which a purpose phrase after a company's name opens with: لشراء، للاستحواذ، لتطوير. */
    static final Set<String> PURPOSE_NOUNS = ArabicWords.folded("شراء", "بيع", "استحواذ", "الاستحواذ", "تطوير",
            "إنتاج", "توريد", "تقديم", "إطلاق", "بناء", "إنشاء", "تمويل", "توسيع", "تعزيز", "دعم", "تشغيل", "الشراء",
            "البيع", "التطوير", "الإنتاج", "التوريد", "تزويد", "التعاون", "تعاون", "جمع");
    /** «مع شركة X للاستحواذ على Y»: buying is the purpose of a deal with the company, never a field it is named for. */
    private static final Set<String> TAKING_OVER = ArabicWords.folded("استحواذ", "شراء");
    /**
     * «موقع X للزبائن السعوديين», «منصة X للعملاء»: those a company serves, after لل, are its audience, never the field it
     * is named for.
     */
    private static final Set<String> AUDIENCES = ArabicWords.folded("عملاء", "زبائن", "زبون", "مستخدمين", "مستهلكين",
            "متسوقين", "مسافرين", "طلاب", "مرضى", "أفراد", "سكان", "مواطنين", "مقيمين");
    /** «فازت شركة X بعقد», «بصفقة بقيمة»: what a company wins or signs, after ب, which follows its name and ends it. */
    private static final Set<String> DEAL_TERMS = ArabicWords.folded("عقد", "عقود", "صفقة", "صفقات", "قيمة", "مبلغ",
            "حصة", "نسبة", "منحة", "مناقصة");
    /**
     * «وقعت شركة زيفر عقدا مع», «عقدت شركة زيفر اجتماعا»: what a company signs, makes or holds, in the indefinite
     * accusative after its name, ends the name (written with or without its tanween).
     */
    private static final Set<String> ACCUSATIVE_DEALS = ArabicWords.folded("عقدا", "عقودا", "اتفاقا", "اجتماعا",
            "لقاء", "مؤتمرا", "استثمارا", "تمويلا", "قرضا", "تحالفا", "مشروعا", "شريكا", "مبلغ", "مبلغا", "مقرا",
            // «افتتحت شركة X مكتبا جديدا»: the premises a company opens
            "مكتبا", "فرعا", "فروعا", "مركزا", "متجرا", "معرضا", "مستودعا");
    /**
     * «بنك إسلامي», «مجموعة أولى», «صندوق سيادي»: common indefinite adjectives and ordinals right after a cue say what
     * kind of body it is («an Islamic bank», «a first group»), not its name.
     */
    static final Set<String> KIND_ADJECTIVES = ArabicWords.folded("إسلامي", "استثماري", "تجاري", "مركزي",
            "رقمي", "سيادي", "محلي", "عالمي", "دولي", "أجنبي", "عربي", "خليجي", "حكومي", "خاص", "عام", "كبير", "صغير",
            "محمول", "ناشئ", "أول", "أولى", "ثان", "ثاني", "ثانية", "ثالث", "أخرى", "آخر", "واحد", "واحدة", "كبرى", "صغرى",
            "عملاقة", "رائدة", "كبيرة", "صغيرة", "خاصة", "عامة", "قابضة", "ضخمة", "شقيقة", "زميلة", "واعدة", "ناجحة",
            "عريقة", "صاعدة", "ثالثة",
            // «أقدم بنك عامل», «أكبر بنك مدرج في السوق», «بنك متخصص في …», «صندوق مملوك للدولة»: a participle says what
            // the body is (operating, listed, specialised, owned)
            "عامل", "عاملة", "مدرج", "مدرجة", "متخصص", "مملوك", "مرخص", "مسجل", "مستقل", "مشترك", "منافس", "مماثل", "متوسط",
            "متعثر");
    /** Verbal nouns of purpose (article's alif unwritten after ل) and the prepositions they govern: «للحصول على». */
    private static final Set<String> PURPOSE_GOVERNING = ArabicWords.folded("استحواذ", "حصول", "انضمام", "بحث", "سيطرة",
            "موافقة", "تعرف", "اطلاع", "تغلب", "رد", "تحقيق", "نظر", "بت");
    private static final Set<String> PURPOSE_PREPOSITIONS = ArabicWords.folded("على", "عن", "إلى", "في");
    /** Adjectives that make a public body's name (the general, national, central, federal … authority). */
    private static final Set<String> NAMING_ADJECTIVES = ArabicWords.folded("العام", "العامه", "الوطني", "الوطنيه",
            "المركزي", "المركزيه", "الاتحادي", "الاتحاديه", "العليا", "الاعلي", "الدائمه", "المستقله", "الملكيه", "الاهليه",
            "القومي", "القوميه");
    /** Adjectives and participles that follow a name without being part of it. */
    private static final Set<String> NOT_IN_NAME = ArabicWords.folded("جديد", "جديده", "نفسه", "نفسها", "ذاته", "ذاتها", "حالي",
            "حاليه", "سابق", "سابقه", "مذكور", "مذكوره", "تابعه", "تابع", "مملوكه", "مملوك", "ناشئه", "رائده", "مدرجه", "عامله",
            "كائنه", "متخصصه", "عملاقه", "كبري", "صغيره", "شهيره", "معروفه", "منافسه", "مالكه", "مصنعه", "صانعه",
            "الكتروني", "الكترونيه", "كتروني", "كترونيه", "رسمي", "رسميه",
            // the masculine of the participles above: «بنك X المتخصص في …», «مصرف X العامل في …»
            "متخصص", "عامل", "مدرج", "ناشئ", "شهير", "معروف", "منافس");

    /** «البنك المملوك للدولة», «الشركة التابعة للمجموعة»: whose it is, not a name with its لل complement. */
    private static final Set<String> OWNED = ArabicWords.folded("مملوك", "مملوكه", "تابع", "تابعه");
    /** «للأجهزة الإلكترونية», «للتجارة الإلكترونية»: an adjective that describes a company yet belongs to its complement. */
    private static final Set<String> ELECTRONIC = ArabicWords.folded("الكتروني", "الكترونيه", "كتروني", "كترونيه");
    /** Verbal nouns of what a company announces, which follow its name: «أعلنت شركة X رحيل/تعيين/إطلاق …». */
    static final Set<String> ANNOUNCED = ArabicWords.folded("رحيل", "تعيين", "استقاله", "مغادره", "اطلاق",
            "توقيع", "استحواذ", "خفض", "اغلاق", "تسريح", "اندماج", "انهاء", "تخفيض", "طرح", "افتتاح", "تنحي", "عزل",
            "اقاله", "انضمام", "تقديم", "بدء", "وقف", "شراء", "بيع", "ضخ", "جمع", "حصول", "نجاح", "فوز", "اعتبارا",
            "تاسيس", "انشاء");

    private static final long MAY_OPEN = WordFlags.newFlag();

    /**
     * The tests of the word alone that {@link #find}'s rules make first, asked of nearly every Arabic token: a cue noun
     * (a described name, a company), a public body, or a plural cue (a list in brackets).
     */
    private static boolean mayOpen(String norm) {
        return Cues.arabicCue(norm) != null || firstReadingIn(GOVERNMENT, norm) != null || publicBodyWord(norm)
                || DEPARTMENTS.contains(Clitics.withoutConjunction(norm)) || firstReadingIn(PLACE_AND_FIELD_HEADS, norm) != null
                || ArabicDescribedOrganizations.pluralCue(norm) || ArabicBodiesOfPlaces.head(norm);
    }

    /** Past verbs whose subject a company's name is («شركة سينوبسيس وافق …»): the name ends before them. */
    static final Set<String> DID = ArabicWords.folded("وافق", "وافقت", "أعلن", "أعلنت", "قال", "قالت", "أكد",
            "أكدت", "كشف", "كشفت", "أطلق", "أطلقت", "استحوذ", "استحوذت", "اشترى", "اشترت", "باع", "باعت", "أبرم",
            "أبرمت", "قرر", "قررت", "أضاف", "أضافت", "أوضح", "أوضحت", "أتم", "أتمت", "بدأ", "بدأت", "تلقى", "تلقت", "دفع", "دفعت",
            "ضخ", "ضخت", "وقعت", "أمضى", "أمضت", "دشن", "دشنت", "حققت", "سجلت", "نفت",
            // verbs of founding, joining in, winning and opening, which a company's name is as often followed by
            "أسس", "أسست", "أنشأ", "أنشأت", "شارك", "شاركت", "ساهم", "ساهمت", "فازت", "افتتح", "افتتحت", "نجحت", "تمكنت");
    private static final Set<String> YEAR_ADJECTIVES = ArabicWords.folded("الماضي", "المقبل", "الحالي", "الجاري", "القادم");

    private ArabicOrganizations() {
    }

    static boolean find(List<Token> tokens, int i, int end, MentionSink sink) {
        WordFlags.Word word = tokens.get(i).word();
        if (!(word.known(MAY_OPEN) ? word.is(MAY_OPEN) : word.set(MAY_OPEN, mayOpen(tokens.get(i).norm())))) {
            return false;
        }
        return ArabicDescribedOrganizations.describedName(tokens, i, end, sink) || ArabicBodiesOfPlaces.find(tokens, i, end, sink)
                || bodyOfPlaceAndField(tokens, i, end, sink) || governmentBody(tokens, i, end, sink)
                || departmentOfPlace(tokens, i, end, sink) || ArabicDescribedOrganizations.listInBrackets(tokens, i, end, sink)
                || definiteBody(tokens, i, end, sink) || company(tokens, i, end, sink);
    }

    /** How many words a person's name may hold between «مؤسسة» and the trade the establishment is named for. */
    private static final int FOUNDERS_NAME_WORDS = 4;

    /**
     * «مؤسسة سالم ناصر البلادي للمقاولات»: an establishment named for its owner, a name and then the trade after لل, not a
     * woman founder (مؤسسة) and her name; added as an organization from the word on. Whether it was.
     */
    static boolean namedForOwner(List<Token> tokens, int i, int end, MentionSink sink) {
        if (!publicBodyWord(tokens.get(i).norm()) || tokens.get(i).norm().contains("ال")) {
            return false;
        }
        for (int k = i + 1; k < Math.min(end, i + 2 + FOUNDERS_NAME_WORDS); k++) {
            int to = k > i + 2 ? complement(tokens, k, end, sink) : -1;
            if (to > 0) {
                return sink.add(i, to, MentionSink.cliticChars(tokens.get(i), Clitics.withoutConjunction(tokens.get(i).norm())),
                        EntityType.ORGANIZATION, null, null);
            }
            if (sink.covered(k) || !plainWord(tokens.get(k))) {
                return false;
            }
        }
        return false;
    }

    /** A word of a public body (مؤسسة، هيئة), with or without its article and conjunction. */
    static boolean publicBodyWord(String norm) {
        String reading = Clitics.withoutConjunction(norm);
        return GOVERNMENT.contains(reading.startsWith("ال") ? reading.substring(2) : reading);
    }

    /**
     * «المؤسسة العامة لنقل وتوزيع الكهرباء», «الهيئة العامة للطيران المدني»: a public body written with the article is a
     * name only with an adjective and the complement of what it serves; alone («الهيئة العامة») it is a common noun.
     */
    private static boolean definiteBody(List<Token> tokens, int i, int end, MentionSink sink) {
        Token t = tokens.get(i);
        String reading = Clitics.withoutConjunction(t.norm());
        if (!reading.startsWith("ال") || !publicBodyWord(reading) || i + 2 >= end) {
            return false;
        }
        int adjectivesEnd = i + 1;
        while (adjectivesEnd < end && adjectivesEnd < i + 3 && (NAMING_ADJECTIVES.contains(tokens.get(adjectivesEnd).norm())
                || ArabicWords.nationality(tokens.get(adjectivesEnd).norm()) && tokens.get(adjectivesEnd).norm().startsWith("ال"))) {
            adjectivesEnd++;
        }
        if (adjectivesEnd == i + 1 && activeParticiple(tokens.get(i + 1)) && !sink.covered(i + 1)
                && complement(tokens, i + 2, end, sink) > 0) {
            adjectivesEnd = i + 2; // «الهيئة المشرفة للتأمين»: what the body does, then the field it does it for
        }
        if (adjectivesEnd == i + 1) {
            return false; // «الجهاز المصرفي»: a describing adjective makes a common noun, "the banking system"
        }
        int to = complement(tokens, adjectivesEnd, end, sink);
        if (to < 0) {
            to = servedComplement(tokens, adjectivesEnd, end, sink);
        }
        if (to < 0) {
            return false;
        }
        sink.dropPlacesIn(i + 1, adjectivesEnd); // «الهيئة السعودية للمدن الصناعية»: the adjective, not the country
        return sink.add(i, to, MentionSink.cliticChars(t, reading), EntityType.ORGANIZATION, null, null);
    }

    /**
     * «المنظمة», «المشرفة», «المستقلة»: a definite participle of a derived verb (م + its stem, no nisba ending), which
     * says what a body does; not one it only is said to be («التابعة», «المملوكة»).
     */
    private static boolean activeParticiple(Token t) {
        String n = t.norm();
        return n.startsWith("الم") && n.length() >= 6 && !nisba(n) && plainWord(t) && !OWNED.contains(Clitics.bare(n))
                && !ArabicWords.nationality(n);
    }

    /**
     * «لنقل وتوزيع الكهرباء», «لتنظيم قطاع الاتصالات»: ل with verbal nouns in construct, joined by و, then the
     * definite noun they govern. Returns the end of that complement, or -1.
     */
    private static int servedComplement(List<Token> tokens, int from, int end, MentionSink sink) {
        if (from >= end || sink.covered(from) || !plainWord(tokens.get(from))) {
            return -1;
        }
        String first = tokens.get(from).norm();
        if (!first.startsWith("ل") || first.startsWith("لل") || first.length() < 4 || definite(first.substring(1))) {
            return -1;
        }
        int to = from + 1;
        while (to < end && to < from + 4 && !sink.covered(to) && plainWord(tokens.get(to)) && !definite(tokens.get(to).norm())) {
            to++; // «وتوزيع», «قطاع»: more nouns in construct
        }
        int genitive = to;
        while (to < end && to < genitive + 2 && !sink.covered(to) && plainWord(tokens.get(to))
                && (tokens.get(to).norm().startsWith("ال") || to > genitive && tokens.get(to).norm().startsWith("وال"))
                && !ArabicWords.nationality(tokens.get(to).norm())) {
            to++;
        }
        if (to == genitive + 2 && to < end && tokens.get(to - 1).norm().startsWith("وال") && nisba(tokens.get(to).norm())
                && !sink.covered(to) && !ArabicWords.nationality(tokens.get(to).norm())) {
            to++; // «لمياه الشرب والصرف الصحي»: the joined field's own adjective
        }
        return to > genitive && to - from <= 6 ? to : -1;
    }

    /**
     * The end of two or more definite adjectives of nationality after a definite company noun, which name a company of
     * those countries together («البنك اللبناني الكويتي», «الشركة السعودية المصرية»): one adjective only describes the
     * company («البنك الأردني» is "the Jordanian bank"), two name the joint one. -1 when fewer than two follow.
     */
    private static int binationalEnd(List<Token> tokens, int from, int end, MentionSink sink) {
        int k = from;
        while (k < end && k < from + 3 && (!sink.covered(k) || sink.placeAt(k)) && tokens.get(k).norm().startsWith("ال")
                && ArabicWords.nationality(tokens.get(k).norm())) {
            k++;
        }
        return k - from >= 2 ? k : -1;
    }

    /** «الصحي», «المدنية»: a definite adjective of relation (nisba), ending in ي or ية. */
    static boolean nisba(String norm) {
        return norm.startsWith("ال") && (norm.endsWith("ي") || norm.endsWith("يه"));
    }

    /**
     * Nouns of a body that a place and a field name only together: «مجلس» alone heads a board («مجلس إدارة الشركة»),
     * but before a place and what it serves («مجلس عمان للبحوث») it is a council of that place.
     */
    private static final Set<String> PLACE_AND_FIELD_HEADS = ArabicWords.folded("مجلس", "مركز", "مكتب", "دائره");

    /**
     * «هيئة أبوظبي للسياحة», «جهاز قطر للاستثمار», «مجلس عمان للبحوث والابتكار»: the body of a place, named by the field
     * it serves after it. Whether it was added.
     */
    private static boolean bodyOfPlaceAndField(List<Token> tokens, int i, int end, MentionSink sink) {
        Token t = tokens.get(i);
        String reading = firstReadingIn(GOVERNMENT, t.norm());
        if (reading == null) {
            reading = firstReadingIn(PLACE_AND_FIELD_HEADS, t.norm());
        }
        int to = i + 1;
        if (reading == null || to >= end || !sink.placeAt(to) || sink.at(to).startToken() != to) {
            return false;
        }
        int placeEnd = sink.at(to).endToken();
        int placeComplement = complement(tokens, placeEnd, end, sink);
        if (placeComplement < 0) {
            return false;
        }
        sink.dropPlacesIn(to, placeEnd);
        return sink.add(i, placeComplement, MentionSink.cliticChars(t, reading), EntityType.ORGANIZATION, null, null);
    }

    /** "وزارة الاتصالات وتقنية المعلومات", "هيئة سوق المال": a public body named by its genitive chain. */
    private static boolean governmentBody(List<Token> tokens, int i, int end, MentionSink sink) {
        Token t = tokens.get(i);
        String reading = firstReadingIn(GOVERNMENT, t.norm());
        if (reading == null || i + 2 >= end || (i > 0 && tokens.get(i - 1).norm().equals("علي"))) {
            return false; // "على هيئة" is "in the form of"
        }
        int to = i + 1;
        if (!definite(tokens.get(to).norm())) {
            int place = servedPlace(tokens, to, end, sink);
            if (place > 0) {
                // «صندوق أحياء دبي للمستقبل»: the field the body serves may follow its place and belongs to the name
                int served = Math.max(place + 1, complement(tokens, place + 1, end, sink));
                sink.dropPlacesIn(place, place + 1);
                return sink.add(i, served, MentionSink.cliticChars(t, reading), EntityType.ORGANIZATION, null, null);
            }
            if (!plainWord(tokens.get(to)) || sink.covered(to) || !definite(tokens.get(to + 1).norm())
                    || ArabicWords.nationality(tokens.get(to + 1).norm()) || definite(Clitics.withoutConjunction(t.norm()))) {
                return false; // "جامعة ستانفورد الأميركية" is a university and its country; «للبنك ماجد الشمري»: a
                // definite head takes no genitive noun, so the words after it are no name of it (here its officer's)
            }
            to++; // an indefinite noun in construct: "وزارة قطاع الأعمال", "هيئة سوق المال"
        }
        int first = to; // a nationality right after the body says what it is: «بنك ألماني» is "a German bank"
        while (to < end && (to < i + 7 || constructNoun(tokens.get(to - 1))) && !sink.covered(to)
                && tokens.get(to).script() == Script.ARABIC
                && (!NameLexicon.isArabicStopAsWritten(tokens.get(to).norm()) || publicAdjective(tokens, to, end))) {
            String n = tokens.get(to).norm();
            if (NOT_IN_NAME.contains(Clitics.bare(n)) || n.startsWith("بال") || purposeComplement(tokens, to, end)
                    || to > first && (ArabicWords.courtesyTitle(n) || ArabicRoles.match(tokens, to, end) != null)
                    || ArabicRoles.conjoined(n) || joinedCue(n)) {
                break; // «بنك الاتحاد بالتعاون مع …»: ب + the article opens a phrase after the name; «… المهندس X»: a person's;
                // «بنك X والرئيس التنفيذي لـY»: a second title of the person apposed; «صندوق X ومجموعة Y»: the next name
                // listed; «أقال بنك X الرئيس التنفيذي فلان»: the officer the bank acts on
            }
            boolean joinedNoun = n.startsWith("و") && to + 1 < end && definite(tokens.get(to + 1).norm());
            if (!definite(n) && !joinedNoun || to == first && ArabicWords.nationality(n)) {
                break;
            }
            to++;
        }
        if (to > first && first == i + 1 && Clitics.withoutConjunction(t.norm()).startsWith("لل")) {
            // «للصندوق الثقافي»: a definite body and its adjective, the article swallowed by ل
            return sink.addWithArticle(i, to, MentionSink.cliticChars(t, reading), EntityType.ORGANIZATION);
        }
        return to > first && sink.add(i, to, MentionSink.cliticChars(t, reading), EntityType.ORGANIZATION, null, null);
    }

    /**
     * Nouns of a government's department that, followed by the emirate or city it serves, name it with no cue: «مالية
     * دبي» (its finance department), «جمارك الشارقة», «شرطة أبوظبي», «بلدية الكويت».
     */
    private static final Set<String> DEPARTMENTS = ArabicWords.folded("مالية", "جمارك", "شرطة", "بلدية", "اقتصادية",
            "سياحة", "محاكم", "أراضي", "نيابة", "إسعاف");

    private static boolean departmentOfPlace(List<Token> tokens, int i, int end, MentionSink sink) {
        String written = Clitics.withoutConjunction(tokens.get(i).norm());
        if (!DEPARTMENTS.contains(written) || i + 1 >= end || !sink.placeAt(i + 1) || sink.at(i + 1).startToken() != i + 1) {
            return false;
        }
        int placeEnd = sink.at(i + 1).endToken();
        sink.dropPlacesIn(i + 1, placeEnd);
        return sink.add(i, placeEnd, tokens.get(i).norm().length() - written.length(), EntityType.ORGANIZATION, null, null);
    }

    /**
     * «… والإسكان وسياسة المدينة»: a joined indefinite noun of a body's chain is in construct and cannot end the name, so
     * its genitive is read even past the chain's usual length.
     */
    private static boolean constructNoun(Token t) {
        return t.norm().startsWith("و") && !definite(t.norm().substring(1)) && plainWord(t);
    }

    /** The first reading of a folded word that is in {@code words}, or null. */
    private static String firstReadingIn(Set<String> words, String norm) {
        List<String> readings = Clitics.readings(norm);
        for (int r = 0; r < readings.size(); r++) {
            if (words.contains(readings.get(r))) {
                return readings.get(r);
            }
        }
        return null;
    }

    /**
     * «هيئة كهرباء ومياه دبي», «هيئة طرق ومواصلات الشارقة», «مؤسسة موانئ الكويت»: indefinite nouns of what a body serves,
     * joined by و, then the single-word place it serves. The index of that place token, or -1.
     */
    private static int servedPlace(List<Token> tokens, int from, int end, MentionSink sink) {
        int k = from;
        while (k < end && k < from + 4 && !sink.covered(k) && plainWord(tokens.get(k)) && !definite(tokens.get(k).norm())
                && (k == from || tokens.get(k).norm().startsWith("و"))) {
            k++;
        }
        return k > from && k < end && sink.placeAt(k) && (k + 1 >= end || !sink.placeAt(k + 1)) ? k : -1;
    }

    /** "العام" after a body's name is "public" (قطاع الأعمال العام), unless a year follows from it (العام الماضي). */
    private static boolean publicAdjective(List<Token> tokens, int k, int end) {
        String n = tokens.get(k).norm();
        return (n.equals("العام") || n.equals("العامه")) && !(k + 1 < end && YEAR_ADJECTIVES.contains(tokens.get(k + 1).norm()));
    }

    private static boolean company(List<Token> tokens, int i, int end, MentionSink sink) {
        Token t = tokens.get(i);
        String cue = Cues.arabicCue(t.norm());
        if (cue == null || i + 1 >= end || (sink.covered(i + 1) && !sink.placeAt(i + 1))) {
            return false; // a place right after the cue may be its adjective (الشركة السعودية…)
        }
        EntityType type = Cues.ARABIC.get(cue);
        // «"البنك اللبناني الكويتي"»: the countries' adjectives name the joint company, before any quote closing them
        // («البنك», or «للبنك», ل + البنك: the two spellings whose article the mention can keep)
        boolean article = t.norm().startsWith("ال");
        int nations = type == EntityType.ORGANIZATION && (article || t.norm().startsWith("لل"))
                ? binationalEnd(tokens, i + 1, end, sink) : -1;
        if (nations > 0) {
            sink.dropPlacesIn(i + 1, nations);
            nations = Math.max(nations, complement(tokens, nations, end, sink)); // «… المصرية للاستثمار»: and its trade
            return article ? sink.add(i, nations, 0, type, null, null) : sink.addWithArticle(i, nations, 2, type);
        }
        // a quoted name right after the cue or after its adjectives: موقع “…”, الشركة الناشئة المصرية "…"
        for (int q = i + 1; q < Math.min(end, i + 5); q++) {
            Token qt = tokens.get(q);
            if (Cues.isQuote(qt.surface()) && !(q > i + 1 && Cues.closingQuote(qt.surface())) || q == i + 1 && qt.is("(") && q + 3 < end
                    && (type == EntityType.PRODUCT || !tokens.get(q + 2).is(")"))) {
                // «شركة (فير سي إنوفيشن)»; a single word in parentheses is a short name the aliases pass ties to its long
                // one, except after a product's noun, which has no long name to tie it to («تطبيق (رحلة)»)
                if (q > i + 1 && quotesPerson(tokens, q, end)) {
                    break; // «مؤسس شركة نون الإماراتية "محمد العبار"»: the company is named, then a person quoted
                }
                return quoted(tokens, q, end, type, sink);
            }
            boolean construct = q == i + 1 && q + 1 < end && tokens.get(q + 1).norm().startsWith("ال") && plainWord(qt);
            if (qt.script() != Script.ARABIC || !(qt.norm().startsWith("ال") || qt.norm().startsWith("وال") || construct)
                    || sink.covered(q) || q > i + 1 && (productNoun(qt) || Cues.madeThing(qt))) {
                break; // «شركة إنتاج الأفلام "نجمة"»: what the company does, then its quoted name
            }
        }
        List<String> readings = Clitics.readings(t.norm());
        String reading = cue; // the last reading ending with the cue (a loop: no lambda classes for a cold start)
        boolean definiteCue = false;
        for (String r : readings) {
            if (r.endsWith(cue)) {
                reading = r;
            }
            definiteCue |= r.startsWith("ال");
        }
        if (cue.equals(CENTER) && sink.placeAt(i + 1)) {
            return placeCenter(tokens, i, end, sink, reading);
        }
        if (type != EntityType.ORGANIZATION || cue.equals("شركات")) {
            return false;
        }
        if (definiteCue && ArabicDescribedOrganizations.nationalInstitution(tokens, i, end, cue, sink)) {
            return true;
        }
        if (definiteCue) {
            // "الشركة القابضة للتشييد والتعمير": "the company" is a name only with its لل complement
            int adjectivesEnd = adjectives(tokens, i + 1, end, sink, true);
            if (adjectivesEnd > i + 1 && !agrees(t, tokens.get(i + 1))) {
                adjectivesEnd = i + 1; // «وتقدم الشركة الدعم للانتقال»: a feminine cue's adjective is feminine; this is
                // the company, then the noun ("support") its verb takes
            }
            if (adjectivesEnd == i + 1 && i + 2 < end && definite(tokens.get(i + 1).norm()) && !sink.covered(i + 1)
                    && !OWNED.contains(Clitics.bare(tokens.get(i + 1).norm())) && agrees(t, tokens.get(i + 1))
                    && complement(tokens, i + 2, end, sink) > 0) {
                adjectivesEnd = i + 2; // "الشركة الرائدة للاستثمار الصناعي": any adjective, when the complement follows
            }
            int to = complement(tokens, adjectivesEnd, end, sink);
            if (to < 0 || adjectivesEnd == i + 1) {
                return false; // «رأس مال الشركة للاكتتاب»: "the company" alone, then what is done with it, is no name
            }
            boolean bare = t.norm().startsWith("ال");
            sink.dropPlacesIn(i + 1, adjectivesEnd); // "الشركة السعودية للتنمية": the adjective, not the country
            return bare ? sink.add(i, to, 0, type, null, null) // the cue is part of the name as written
                    // «للشركة العمانية للاتصالات»: ل + the cue, its article's alif unwritten, which the name gets back
                    : adjectivesEnd > i + 1 && t.norm().startsWith("لل") ? sink.addWithArticle(i, to, 2, type)
                    : adjectivesEnd > i + 1 && sink.add(i + 1, to, 0, type, null, null);

        }
        Token next = tokens.get(i + 1);
        if (ArabicRoles.match(tokens, i + 1, end) != null) {
            return false;
        }
        if (sink.placeAt(i + 1)) {
            return placeNamed(tokens, i, end, sink, NAMED_BY_CUE.contains(cue) || cue.equals("جامعه"));
        }
        if (definite(next.norm())) {
            // "شركة التصنيع الوطنية", "شركة النصر العامة للمقاولات": an Arabic name, written with its cue
            if (!plainWord(next) || ArabicWords.nationality(next.norm()) || ArabicWords.INDUSTRIES.contains(Clitics.bare(next.norm()))) {
                return false;
            }
            int to = adjectives(tokens, i + 2, end, sink, false);
            int withComplement = complement(tokens, to, end, sink);
            int nameEnd = withComplement > 0 ? withComplement : to;
            Mention after = nameEnd < end ? sink.at(nameEnd) : null;
            if (after != null && after.startToken() == nameEnd && after.entry() != null && after.type() == EntityType.ORGANIZATION) {
                return false; // «موقع التدوينات القصيرة تويتر»: what the known company after it is, not a name of its own
            }
            return sink.add(i, nameEnd, MentionSink.cliticChars(t, reading), type, null, null);
        }
        int placed = servedPlaceName(tokens, i + 1, end, sink);
        if (placed > 0) {
            return sink.add(i + 1, placed, 0, type, null, null);
        }
        if (!(orgWord(next) || writtenWithHa(next) || feminineName(tokens, i + 1, end, sink))
                || ArabicWords.INDUSTRIES.contains(next.norm()) || ArabicWords.nationality(next.norm())
                || ArabicWords.verbAfterName(next.norm()) // «صندوق يدعم المشاريع»: the cue, then a clause about it
                || KIND_ADJECTIVES.contains(next.norm()) || Cues.arabicCue(next.norm()) != null
                || (i + 2 < end && definite(tokens.get(i + 2).norm()) && PURPOSE_NOUNS.contains(next.norm()))) {
            return false; // «شركة تكنولوجيا هندية», «شركة إنتاج الأفلام», «بنك ألماني»: what it is, not its name
        }
        if (NAMED_BY_CUE.contains(cue)) {
            int to = i + 2;
            if (to + 1 < end && !sink.covered(to) && orgWord(tokens.get(to)) && !definite(tokens.get(to).norm())
                    && !ArabicWords.verbAfterName(tokens.get(to).norm()) && NameLexicon.arabicGivenName(tokens.get(to).norm()) == null
                    && !ANNOUNCED.contains(tokens.get(to).norm()) && !ArabicWords.nationality(tokens.get(to).norm())
                    && !productNoun(tokens.get(to)) // «مجموعة تلفانا تطبيق "…"»: what the group launches, no second word of its name
                    && !ACCUSATIVE_DEALS.contains(tokens.get(to).norm()) // «افتتح بنك فالتا فرعا في …»
                    && (tokens.get(to + 1).script() == Script.PUNCT || NameLexicon.isArabicStopAsWritten(tokens.get(to + 1).norm())
                    || CompanySuffixes.KEY.contains(tokens.get(to).norm()) || closingAdjective(tokens.get(to + 1)))) {
                // «بنك تشاينا إيفربرايت»: a foreign name of two words, closed by punctuation or a function word, or
                // whose second word is a company's («صندوق نوفا فنتشرز سامي الحربي»: Ventures, then a person)
                to++;
            }
            if (to < end && !sink.covered(to) && tokens.get(to).is("القابضه")) {
                to++; // «مجموعة مدن القابضة»: the holding is part of the group's name
            }
            return sink.add(i, to, MentionSink.cliticChars(t, reading), type, null, null);
        }
        int to = i + 2;
        while (to < end && to < i + 4 && !sink.covered(to) && orgWord(tokens.get(to)) && !definite(tokens.get(to).norm())
                && !purpose(tokens, to, end) && !ACCUSATIVE_DEALS.contains(tokens.get(to).norm()) && !tokens.get(to).norm().endsWith("ها") && !ANNOUNCED.contains(tokens.get(to).norm())
                && !DID.contains(tokens.get(to).norm()) && !ArabicWords.verbAfterName(tokens.get(to).norm())
                && !ArabicCompanyLists.opensClosedItem(tokens, to, end, sink)
                && ArabicRoles.match(tokens, to, end) == null && !productNoun(tokens.get(to)) && !joinedCue(tokens.get(to).norm())
                && !personAfterName(tokens, i + 1, to, end)) {
            to++; // a given name ends the company's name when a surname follows it ("شركة ميتا مارك زوكربيرج"), a title
            // or what it announces ends it too ("شركة زيفرا رحيل مؤسسها"), and so does the next of a list («وكوانتيكس»)
        }
        int withComplement = complement(tokens, adjectives(tokens, to, end, sink, false), end, sink);
        int nationalityEnd = adjectives(tokens, to, end, sink, true);
        if (withComplement < 0 && nationalityEnd > to && complement(tokens, nationalityEnd, end, sink) > 0) {
            sink.dropPlacesIn(to, nationalityEnd); // «شركة محمد أحمد الحرفي السعودية للمقاولات»: its country, then its trade
            withComplement = complement(tokens, nationalityEnd, end, sink);
        }
        if (withComplement > 0) {
            to = withComplement;
        } else if (to <= i + 3 && to < end && genitive(tokens, to, end, sink)) {
            to++; // "شركة مصافي الجنوب التابعة…", «شركة اتحاد مصانع الأسلاك "أسلاك"»: a construct with its genitive
        } else if (to < end && !sink.covered(to) && tokens.get(to).is("القابضه")) {
            to++; // «شركة نوافذ القابضة»: the holding is part of the company's name, as after مجموعة
        }
        return sink.add(i + 1, to, 0, type, null, null);
    }

    /**
     * «مجموعة فالديرا مونتيني المصرفية الإيطالية», «بنك سولار ترست الإسباني»: a definite adjective of the body's trade or
     * country closes a foreign name of two words as punctuation does.
     */
    private static boolean closingAdjective(Token t) {
        return TRADE_ADJECTIVES.contains(t.norm()) || t.norm().startsWith("ال") && ArabicWords.nationality(t.norm());
    }

    /** Definite adjectives of a bank's or a group's trade, said after its name: the banking, financial, holding … */
    private static final Set<String> TRADE_ADJECTIVES = ArabicWords.folded("المصرفية", "المصرفي", "المالية", "المالي",
            "القابضة", "الاستثمارية", "الاستثماري");

    /**
     * «شركة كريم تطبيق (…)», «أطلقت شركة نورفكس تطبيقا جديدا»: the noun of a product or a facility the company launches
     * or builds, after its name, also with the accusative's alef.
     */
    private static boolean productNoun(Token t) {
        String cue = Cues.arabicCueOrAccusative(t.norm());
        return cue != null && Cues.ARABIC.get(cue) != EntityType.ORGANIZATION;
    }

    /** مركز: a building (مركز بيانات) unless a place and what it works for name it. */
    private static final String CENTER = "مركز";

    /**
     * «مركز دبي للسلع المتعددة», «مركز أبوظبي لمستقبل الذكاء الاصطناعي»: a centre named by its place and the field it
     * works for is a body, an organization; without that complement it stays a place's building.
     */
    private static boolean placeCenter(List<Token> tokens, int i, int end, MentionSink sink, String reading) {
        int placeEnd = i + 1;
        while (placeEnd < end && placeEnd < i + 4 && sink.placeAt(placeEnd)) {
            placeEnd++;
        }
        int to = complement(tokens, placeEnd, end, sink);
        if (to < 0) {
            to = servedComplement(tokens, placeEnd, end, sink);
        }
        if (to < 0) {
            return false;
        }
        sink.dropPlacesIn(i + 1, placeEnd);
        return sink.add(i, to, MentionSink.cliticChars(tokens.get(i), reading), EntityType.ORGANIZATION, null, null);
    }

    /**
     * «شركة مياه الرياض», «لشركة مطارات أبو ظبي»: after a company's cue, one indefinite noun in construct with a known
     * place names the company of that place's service (its adjectives and لل complement with it). The name's end, or -1.
     */
    private static int servedPlaceName(List<Token> tokens, int from, int end, MentionSink sink) {
        Token noun = tokens.get(from);
        String n = noun.norm();
        if (from + 1 >= end || sink.covered(from) || !plainWord(noun) || definite(n) || n.endsWith("ها")
                || NumberReader.arabicCardinal(n) || !sink.placeAt(from + 1) || sink.at(from + 1).startToken() != from + 1) {
            return -1;
        }
        int placeEnd = sink.at(from + 1).endToken();
        if (placeEnd < end && sink.placeAt(placeEnd)) {
            return -1; // «مياه الرياض جدة»: a list of places, no name
        }
        if (placeEnd == from + 2 && ArabicWords.feminineAdjectiveForm(tokens.get(from + 1).norm())) {
            sink.dropPlacesIn(from + 1, placeEnd); // «شركة زيفرا السعودية»: the country written as its adjective is the
            return -1; // company's nationality, no place of the story
        }
        int to = adjectives(tokens, placeEnd, end, sink, false);
        int withComplement = complement(tokens, to, end, sink);
        sink.dropPlacesIn(from + 1, placeEnd);
        return withComplement > 0 ? withComplement : to;
    }

    /**
     * "بنك دبي الإسلامي", "شركة أبوظبي الوطنية للطاقة", "جامعة القاهرة": a place opening an institution's name is part
     * of it. A bank or university is named by the place alone; a company needs an adjective or a لل complement.
     */
    private static boolean placeNamed(List<Token> tokens, int i, int end, MentionSink sink, boolean placeAlone) {
        int placeEnd = i + 1;
        while (placeEnd < end && placeEnd < i + 4 && sink.placeAt(placeEnd)) {
            placeEnd++;
        }
        int to = adjectives(tokens, placeEnd, end, sink, false);
        int withComplement = complement(tokens, to, end, sink);
        if (withComplement > 0) {
            to = withComplement;
        }
        if (to == placeEnd && !placeAlone) {
            return false;
        }
        Token t = tokens.get(i);
        sink.dropPlacesIn(i + 1, placeEnd);
        return sink.add(i, to, MentionSink.cliticChars(t, Cues.arabicCue(t.norm())), EntityType.ORGANIZATION, null, null);
    }

    /**
     * Whether a person's name starts at {@code to}, inside what would be the name of the company starting at {@code first}:
     * a given name and a surname, which most Arabic surnames write with the article («عيّنت شركة زين عمر الحربي»). A
     * company named for a person keeps the given names of its founder's («شركة محمد أحمد الحرفي»), a definite word
     * that is a nationality is the company's («شركة فالكو مارتن البريطانية»).
     */
    private static boolean personAfterName(List<Token> tokens, int first, int to, int end) {
        if (NameLexicon.arabicGivenName(tokens.get(to).norm()) == null || to + 1 >= end || tokens.get(to + 1).script() != Script.ARABIC) {
            return false;
        }
        String surname = tokens.get(to + 1).norm();
        return !definite(surname) || NameLexicon.arabicGivenName(tokens.get(first).norm()) == null && !ArabicWords.nationality(surname)
                && ArabicRoles.match(tokens, to + 1, end) == null;
    }

    /** Tokens after {@code from} that are definite adjectives of the name (القابضة، العامة، الوطنية), not a participle. */
    private static int adjectives(List<Token> tokens, int from, int end, MentionSink sink, boolean allowNationality) {
        int to = from;
        while (to < end && to < from + 2 && (!sink.covered(to) || (allowNationality && sink.placeAt(to)))
                && (tokens.get(to).norm().startsWith("ال") || to > from && tokens.get(to).norm().startsWith("وال"))
                && !NOT_IN_NAME.contains(Clitics.bare(tokens.get(to).norm()))
                && plainWord(tokens.get(to)) && (allowNationality || !ArabicWords.nationality(tokens.get(to).norm()))
                && ArabicRoles.match(tokens, to, end) == null && !ArabicWords.courtesyTitle(tokens.get(to).norm())) {
            to++; // a title is no adjective: «أقالت شركة الراجحي المدير التنفيذي فلان» names the company, then its officer
        }
        return to;
    }

    /**
     * A "لل" complement at {@code from} with the words joined to it: "للتشييد والتعمير", "للتنمية والاستثمار التقني".
     * Returns the end of the name, or -1 when no complement starts there.
     */
    private static int complement(List<Token> tokens, int from, int end, MentionSink sink) {
        if (from >= end || sink.covered(from) || !tokens.get(from).norm().startsWith("لل") || !plainWord(tokens.get(from))
                || purposeComplement(tokens, from, end)
                || TAKING_OVER.contains(tokens.get(from).norm().substring(2))
                || AUDIENCES.contains(tokens.get(from).norm().substring(2))) {
            return -1;
        }
        int to = from + 1;
        boolean joined = false;
        while (to < end && to < from + 4 && !sink.covered(to)
                && (plainWord(tokens.get(to)) || ELECTRONIC.contains(Clitics.bare(tokens.get(to).norm())))) {
            String n = tokens.get(to).norm();
            if (n.startsWith("بال") && quotedShortNameAt(tokens, to + 1, end)) {
                to++; // «للمقاولات والتزيين بالنباتات "ساكو"»: the short name in quotes closes the long one, ب-phrase and all
                break;
            }
            if (joinedConstruct(tokens, to, end, sink)) {
                to += 2; // «للإدارة وريادة الأعمال», «للنفط وخدمات الحقول»: a joined field in construct with its genitive
                joined = true;
                continue;
            }
            if (!(n.startsWith("وال") || n.startsWith("ال")) || ArabicWords.nationality(n) || ArabicWords.courtesyTitle(n)
                    || ArabicRoles.conjoined(n) || TAKING_OVER.contains(Clitics.bare(n)) || ArabicRoles.match(tokens, to, end) != null
                    || joined && n.startsWith("ال") && !(n.endsWith("ي") || n.endsWith("ه"))
                    || !joined && n.startsWith("ال") && !agrees(tokens.get(to - 1), tokens.get(to))) {
                break; // «للتعبئة العامة والإحصاء الأرقام»: after the joined field only its adjective, not the verb's object;
                // «للأسمنت الدكتور فهد»: a courtesy title opens the person named next; «… للأغذية والرئيس التنفيذي لـY»:
                // a second title of the person apposed, not the name's joined field; «أقالت شركة X للتجارة المدير العام
                // فلان»: the officer the company acts on
            }
            joined |= n.startsWith("وال");
            to++;
        }
        return to;
    }

    /**
     * «وريادة الأعمال», «وخدمات الحقول»: a noun without the article joined by و, then the definite genitive it governs,
     * a second field of a name's لل complement; no verb («وتهدف الشركة», «وقال المدير»), cue or title joined there.
     */
    static boolean joinedConstruct(List<Token> tokens, int k, int end, MentionSink sink) {
        String n = tokens.get(k).norm();
        if (!n.startsWith("و") || n.length() < 5 || k + 1 >= end || sink.covered(k + 1) || !plainWord(tokens.get(k))) {
            return false;
        }
        String noun = n.substring(1);
        String genitive = tokens.get(k + 1).norm();
        boolean imperfect = noun.length() == 4 && "تينأ".indexOf(noun.charAt(0)) >= 0;
        return !definite(noun) && !imperfect && !DID.contains(noun) && !ArabicWords.verbAfterName(noun) && !joinedCue(n)
                && !ArabicRoles.conjoined(n) && Cues.arabicCue(noun) == null && NameLexicon.arabicGivenName(noun) == null
                && genitive.startsWith("ال") && plainWord(tokens.get(k + 1)) && !ArabicWords.nationality(genitive)
                && ArabicRoles.match(tokens, k + 1, end) == null;
    }

    /**
     * A definite word after a definite field takes no genitive, so it is the field's adjective only when it agrees
     * («للهوية الرقمية», «للخدمات المالية»): after a feminine or a plural field a word not feminine is the next
     * phrase («للهوية العقد المبرم»), and an adjective hardly takes the sound feminine plural («للمستقبل الصفقات»).
     */
    private static boolean agrees(Token field, Token word) {
        if (word.norm().endsWith("ات")) {
            return false;
        }
        return !(feminine(field) || field.norm().endsWith("ات")) || feminine(word);
    }

    /** A word ending in ة as written: folding makes it ه, which masculine words end in too (ترفيه، توجيه). */
    private static boolean feminine(Token t) {
        String w = t.surface().replaceAll("[\u064B-\u0652\u0640]+$", "");
        return w.endsWith("ة");
    }

    /** «"ساكو"», «"نادك"»: one or two words in quotes at {@code k}, as a long name's short one is written after it. */
    private static boolean quotedShortNameAt(List<Token> tokens, int k, int end) {
        return k + 2 < end && Cues.isQuote(tokens.get(k).surface()) && tokens.get(k + 1).script() != Script.PUNCT
                && (Cues.isQuote(tokens.get(k + 2).surface())
                || k + 3 < end && tokens.get(k + 2).script() != Script.PUNCT && Cues.isQuote(tokens.get(k + 3).surface()));
    }

    /**
     * «جوجل للاستحواذ على …», «البنك المركزي للحصول على …»: a لل verbal noun of purpose governing its preposition is
     * what the body does it for, not its trade; a trade before a verb's preposition stays («استحوذت شركة X للتجارة على»).
     */
    static boolean purposeComplement(List<Token> tokens, int from, int end) {
        String n = tokens.get(from).norm();
        return from + 1 < end && n.startsWith("لل") && PURPOSE_GOVERNING.contains(n.substring(2))
                && PURPOSE_PREPOSITIONS.contains(tokens.get(from + 1).norm());
    }

    /** A definite genitive that closes a construct name: followed by a participle, punctuation or the sentence end. */
    private static boolean genitive(List<Token> tokens, int k, int end, MentionSink sink) {
        Token g = tokens.get(k);
        if (sink.covered(k) || !g.norm().startsWith("ال") || !plainWord(g) || ArabicWords.nationality(g.norm())
                || productNoun(g) || Cues.madeThing(g)) {
            return false; // «أطلقت شركة X النسخة الجديدة من …»: what the company puts out, not its name's genitive
        }
        if (k + 1 >= end) {
            return true;
        }
        Token after = tokens.get(k + 1);
        return after.script() == Script.PUNCT || NOT_IN_NAME.contains(Clitics.bare(after.norm()));
    }

    private static boolean closes(Token t, String closing) {
        return closing == null ? Cues.isQuote(t.surface()) : t.is(closing);
    }

    /** A quoted name that opens with a known given name and has one more word: a person («محمد العبار»). */
    private static boolean quotesPerson(List<Token> tokens, int open, int end) {
        return open + 3 < end && NameLexicon.arabicGivenName(tokens.get(open + 1).norm()) != null
                && tokens.get(open + 2).script() == Script.ARABIC && Cues.isQuote(tokens.get(open + 3).surface());
    }

    private static boolean quoted(List<Token> tokens, int open, int end, EntityType type, MentionSink sink) {
        int close = open + 1;
        String closing = tokens.get(open).is("(") ? ")" : null;
        while (close < end && close < open + 7 && !closes(tokens.get(close), closing)) {
            close++;
        }
        if (close == open + 2 && ArabicWords.nationality(tokens.get(open + 1).norm())) {
            return false; // «شركة “إسرائيلية”»: a nationality quoted for emphasis, no name
        }
        if (close < end && close > open + 1 && closes(tokens.get(close), closing)
                && tokens.get(open + 1).script() == Script.ARABIC) {
            sink.dropPlacesIn(open + 1, close); // «سماء البصرة» names a company, not the city
            Mention known = sink.at(open + 1);
            if (known != null && known.startToken() == open + 1 && known.endToken() == close) {
                return false; // «سوفت بنك»: the quote holds a name already known
            }
            if (type == EntityType.ORGANIZATION && PLURAL_COMPANIES.contains(Clitics.bare(tokens.get(open - 1).norm()))
                    && eachJoined(tokens, open + 1, close, sink)) {
                return true;
            }
            if (close - open > 2) {
                sink.dropNamesIn(open + 1, close); // «لندن سكوير»: a known word inside a longer quoted name is part of it
            }
            return sink.add(open + 1, close, 0, type, null, null);
        }
        return false;
    }

    /** «شركات “A وB وC”», «شركتي “A وB”»: a plural of companies right before a quote, which lists their names. */
    private static final Set<String> PLURAL_COMPANIES = ArabicWords.folded("شركات", "شركتي", "شركتا", "بنوك", "مصارف",
            "مجموعات");

    /**
     * «مايكروسوفت وياهو وايه تي اند تي» quoted after a plural of companies: one company per name the conjunction joins,
     * read without it (a name already known keeps its entry); false, adding nothing, when no word opens with و.
     */
    private static boolean eachJoined(List<Token> tokens, int from, int to, MentionSink sink) {
        List<Integer> starts = new ArrayList<>(List.of(from));
        for (int k = from + 1; k < to; k++) {
            if (tokens.get(k).norm().startsWith("و") && tokens.get(k).norm().length() > 2) {
                starts.add(k);
            }
        }
        if (starts.size() < 2) {
            return false;
        }
        starts.add(to);
        for (int i = 0; i + 1 < starts.size(); i++) {
            Mention known = sink.at(starts.get(i));
            if (known == null || known.startToken() != starts.get(i) || known.endToken() != starts.get(i + 1)) {
                sink.dropNamesIn(starts.get(i), starts.get(i + 1));
                sink.add(starts.get(i), starts.get(i + 1), i == 0 ? 0 : 1, EntityType.ORGANIZATION, null, null);
            }
        }
        return true;
    }

    /**
     * «نوفا اتفاقا لشراء»: a purpose phrase (ل + a verbal noun of dealing), or the accusative noun that opens it, follows
     * the name and ends it.
     */
    private static boolean purpose(List<Token> tokens, int k, int end) {
        return purposeWord(tokens.get(k).norm())
                || tokens.get(k).norm().endsWith("ا") && k + 1 < end && purposeWord(tokens.get(k + 1).norm());
    }

    static boolean purposeWord(String n) {
        if (n.startsWith("لل")) {
            return PURPOSE_NOUNS.contains(n.substring(2)); // للاستحواذ: ل + الاستحواذ, the article's alif unwritten
        }
        return (n.startsWith("ل") || n.startsWith("ب")) && PURPOSE_NOUNS.contains(n.substring(1))
                || n.startsWith("ب") && DEAL_TERMS.contains(n.substring(1));
    }

    /** «وصندوق», «ومجموعة»: a cue noun carrying و opens the next name of a list, not a word of this one. */
    private static boolean joinedCue(String n) {
        return n.startsWith("و") && Cues.arabicCue(n) != null;
    }

    static boolean definite(String n) {
        return n.startsWith("ال") || n.startsWith("لل") || n.startsWith("بال") || n.startsWith("وال");
    }

    /** An Arabic word that is neither a function word nor a participle or adjective that only follows names. */
    static boolean plainWord(Token t) {
        return t.script() == Script.ARABIC && !NameLexicon.isArabicStop(t.norm()) && !NOT_IN_NAME.contains(Clitics.bare(t.norm()))
                && !ArabicWords.verbAfterName(t.norm());
    }

    /**
     * «شركة دله للخدمات الصحية», «بنك عوده»: a name ending in ه as written, not a feminine ة that folding made ه; right
     * after a company's cue it is no noun of what the company does.
     */
    static boolean writtenWithHa(Token t) {
        return t.script() == Script.ARABIC && t.surface().endsWith("ه") && t.norm().length() > 2
                && !NameLexicon.isArabicStop(t.norm()) && !t.norm().endsWith("ته");
    }

    /**
     * «تابعة», «ناشئة», «خاصة», «وساطة»: feminine words of what kind a company is or what it does, which its field or
     * the clause's end may follow as a name's would («شركة تابعة للمجموعة», «أسس شركة وساطة.»).
     */
    private static final Set<String> FEMININE_KINDS = ArabicWords.folded("تابعة", "ناشئة", "خاصة", "عامة", "قابضة",
            "جديدة", "قديمة", "عريقة", "شقيقة", "زميلة", "ضخمة", "ناجحة", "رابحة", "خاسرة", "قائمة", "ثالثة", "رابعة",
            "أخرى", "واحدة", "كبيرة", "صغيرة", "سمسرة", "وساطة", "حراسة", "صيانة", "زراعة", "طباعة", "برمجة", "ملاحة",
            "مقاولة", "استضافة", "ضيافة", "نظافة");

    /**
     * «شركة تمرة للتقنية», «شركة دانة القابضة», «في شركة سلة،»: a feminine word right after the cue is the company's
     * name, not what kind of company it is, when the company's field, «القابضة», punctuation, the sentence's end or the
     * name in Latin letters follows it, as common in Arabic trade names as a masculine one («شركة سدرة للأغذية»,
     * «شركة راية للتوظيف»); never a nisba adjective (تقنية، سعودية), a participle (مملوكة، مدرجة، مساهمة) or another
     * word of kind (تابعة، ناشئة).
     */
    private static boolean feminineName(List<Token> tokens, int at, int end, MentionSink sink) {
        Token t = tokens.get(at);
        String n = t.norm();
        if (t.script() != Script.ARABIC || !n.endsWith("ه") || n.length() < 3
                || n.length() >= 5 && (n.endsWith("يه") || n.startsWith("م")) || !plainWord(t) || definite(n)
                || NameLexicon.isArabicStop(n) || FEMININE_KINDS.contains(n)
                || KIND_ADJECTIVES.contains(n) || ArabicWords.INDUSTRIES.contains(n)) {
            return false;
        }
        if (at + 1 >= end) {
            return true;
        }
        Token next = tokens.get(at + 1);
        return next.is("القابضه") || next.script() == Script.PUNCT || next.script() == Script.LATIN
                || complement(tokens, at + 1, end, sink) > 0;
    }

    /** A word that can be (part of) a company's name: no function word, no feminine or plural noun ending. */
    static boolean orgWord(Token t) {
        String n = t.norm();
        return t.script() == Script.ARABIC && !NameLexicon.isArabicStop(n) && !n.endsWith("ه") && !n.endsWith("ات")
                && n.length() > 1 && !NumberReader.arabicCardinal(n); // «إنديجو وأربع شركات»: a count of more companies
    }
}
