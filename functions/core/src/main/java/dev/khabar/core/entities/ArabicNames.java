package dev.khabar.core.entities;

import dev.khabar.core.dates.DayNames;
import dev.khabar.core.dates.MonthNames;
import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.numbers.NumberReader;
import dev.khabar.core.roles.ArabicRoles;
import dev.khabar.core.roles.RoleMatch;
import dev.khabar.core.text.ArabicLetterNames;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.TextNormalizer;
import dev.khabar.core.text.Token;
import dev.khabar.core.text.WordFlags;
import java.util.List;
import java.util.Set;

/**
 * Arabic-script names nobody listed: people after a title (المهندس روهان فارما), before an apposed title
 * (روبن ماير، النائب…), after a given name (حسين أباظة); organizations after a cue word (شركة، بنك) or quoted after one
 * (موقع “…”).
 */
final class ArabicNames {
    private static final Set<String> NAME_LINKS = WordSet.of("بن", "ابن", "ابو", "عبد", "ال", "بنت");
    /**
     * Bodies a title governs (رئيس مجلس الوزراء, رئيس مؤسسة النور, مدير جمعية الأمل, نائب رئيس رابطة الدوري) and the
     * departments it heads (رئيسة أنظمة المعلومات, مدير شؤون الموظفين): never the first word of the person who holds it.
     */
    private static final Set<String> BODIES = ArabicWords.folded("مجلس", "وزاره", "هيئه", "لجنه", "اداره", "سلطه",
            "مفوضيه", "جهاز", "حكومه", "برلمان", "فريق", "قسم", "قطاع", "وحده", "شعبه", "معهد", "مركز", "جامعه", "مؤسسه",
            "جمعيه", "رابطه", "اتحاد", "نقابه", "غرفه", "دائره", "بلديه", "اكاديميه", "كليه", "انظمه", "نظم", "شؤون", "عمليات");
    /** Definite words ending in ي that follow names without being family names. */
    private static final Set<String> NOT_NISBAS = ArabicWords.folded("الحالي", "التنفيذي", "الماضي", "الثاني", "الاولي",
            "الرسمي", "الفعلي", "الاقليمي", "العالمي", "الدولي", "المحلي", "الاستثماري", "المالي", "السنوي", "الذي", "التالي");

    /**
     * «السلطان … المعظم», «الأمير … المفدى»: epithets of reverence that follow a ruler's name, never his family's. The
     * style, not his name, they are no word of the name.
     */
    private static final Set<String> EPITHETS = ArabicWords.folded("المعظم", "المفدى", "المعظمة");

    private ArabicNames() {
    }

    static void find(List<Token> tokens, Sentence s, MentionSink sink) {
        int end = s.endToken();
        dateline(tokens, s, sink);
        for (int i = s.firstToken(); i < end; i++) {
            Token t = tokens.get(i);
            if (sink.covered(i)) {
                continue;
            }
            if (t.script() == Script.ARABIC) {
                int namedAfter = NamedAfterRulers.find(tokens, i, end, sink);
                if (namedAfter > i) {
                    i = namedAfter - 1; // «مدينة الملك عبدالعزيز»: the city, not the king
                    continue;
                }
                int afterHonorifics = honorifics(tokens, i, end);
                if (afterHonorifics > i) {
                    if (!nameUpToComma(tokens, afterHonorifics, end, sink)) {
                        person(tokens, afterHonorifics, end, sink); // "سمو الأمير الدكتور تركي بن سعود"
                    }
                    i = afterHonorifics - 1;
                    continue;
                }
                if (place(tokens, i, end, sink)) {
                    continue;
                }
                int field = ArabicFields.find(tokens, s.firstToken(), i, end, sink);
                if (field > i) {
                    i = field - 1;
                    continue;
                }
                if (replacedPerson(tokens, i, end, sink)) {
                    i++;
                    continue;
                }
                RoleMatch role = ArabicRoles.match(tokens, i, end);
                if (role != null && ArabicOrganizations.publicBodyWord(t.norm())
                        && (ArabicOrganizations.find(tokens, i, end, sink) || ArabicOrganizations.namedForOwner(tokens, i, end, sink))) {
                    continue; // «مؤسسة البريد السعودي», «مؤسسة سالم ناصر البلادي للمقاولات»: the institution, not a woman founder
                }
                if (role != null && !theWorld(tokens, i, s.firstToken())) {
                    if (ArabicMinistryDomains.find(tokens, role.endToken() - 1, end, sink)) {
                        i = role.endToken() - 1; // «وزيرا للصحة»: the ministry after the title, no person
                        continue;
                    }
                    int domainEnd = role.endToken() == i + 1 ? ArabicMinistryDomains.constructDomainEnd(tokens, i, end) : i + 1;
                    if (domainEnd > i + 1) {
                        if (!person(tokens, domainEnd, end, sink)) { // «وزير تكنولوجيا الاتصالات فلان»: the domain is no name
                            ArabicAppositions.personBetweenCommas(tokens, domainEnd, end, sink); // «وزير النقل، فلان،»
                        }
                        i = domainEnd - 1;
                        continue;
                    }
                    if (person(tokens, role.endToken(), end, sink)) {
                        ArabicAppositions.secondOfPair(tokens, t.norm(), end, sink);
                    } else {
                        int after = afterEmployer(tokens, role.endToken(), end, sink);
                        if (!person(tokens, after, end, sink)) {
                            ArabicAppositions.personBetweenCommas(tokens, after, end, sink);
                        }
                    }
                    i = role.endToken() - 1;
                    continue;
                }
                if (ArabicAppositions.namedAs(tokens, i, end, s.firstToken(), sink) || givenNamePerson(tokens, i, end, sink)
                        || ArabicOrganizations.find(tokens, i, end, sink)
                        || nationalCompany(tokens, i, end, sink) || ArabicClauseNames.find(tokens, i, end, s.firstToken(), sink)) {
                    continue;
                }
                accusativeTitledPerson(tokens, i, end, sink);
            } else if (isComma(t) && i + 1 < end && ArabicRoles.match(tokens, i + 1, end) != null) {
                apposedPerson(tokens, i, s.firstToken(), sink);
            } else if (Cues.isQuote(t.surface()) && i + 3 < end && sink.placeAt(i + 1)) {
                ArabicAppositions.placeInQuotedName(tokens, i, end, sink);
            } else if (Cues.isQuote(t.surface()) && i + 2 < end && tokens.get(i + 1).script() == Script.ARABIC
                    && (i == s.firstToken() || !Cues.isQuote(tokens.get(i - 1).surface())) && opening(tokens, i, s)) {
                quotedName(tokens, i, end, sink);
            }
        }
        joinSplitNames(tokens, s, sink);
    }

    private static boolean sonOf(List<Token> tokens, int from, MentionSink sink) {
        return CHILD_OF.contains(tokens.get(from - 1).norm()) && sink.free(from - 2, from) && nameWord(tokens.get(from - 2), false)
                && ArabicRoles.match(tokens, from - 2, from) == null;
    }

    private static boolean namesClose(List<Token> tokens, int after, Sentence s) {
        return after >= s.endToken() || tokens.get(after).script() == Script.PUNCT
                || Clitics.in(SAID_THAT, tokens.get(after).norm());
    }

    /** The most words a name of given, father's, grandfather's and family names holds, a «بن» among them. */
    private static final int LONGEST_NAME = 5;

    /**
     * «قال فهد ناصر سعيد العتيبي، المدير»: two unknown names that touch, read apart (the given and father's names, then
     * the grandfather's and family names), are one name when the second ends in a family name with the article and the
     * name closes there (a comma, the sentence's end, "that"). A verb with two people after it keeps them apart:
     * «سيخلف خالد يوسف ماجد ناصر في …».
     */
    private static void joinSplitNames(List<Token> tokens, Sentence s, MentionSink sink) {
        List<Mention> sorted = sink.sorted();
        for (int m = 0; m < sorted.size(); m++) {
            Mention person = sorted.get(m);
            int from = person.startToken();
            if (person.type() == EntityType.PERSON && person.entry() == null && from - 2 >= s.firstToken()
                    && from < s.endToken() && person.start() == tokens.get(from).start() && sonOf(tokens, from, sink)) {
                // «وقعها سيف بن عبد الله الرواحي»: the given name before «بن» opens the name found after it
                sink.dropNamesIn(from, person.endToken());
                addPerson(tokens, from - 2, person.endToken(), 0, sink);
                sorted = sink.sorted();
            }
        }
        for (int m = 0; m + 1 < sorted.size(); m++) {
            Mention first = sorted.get(m);
            Mention second = sorted.get(m + 1);
            if (first.startToken() >= s.firstToken() && second.endToken() <= s.endToken() && first.endToken() == second.startToken()
                    && first.type() == EntityType.PERSON && second.type() == EntityType.PERSON && first.entry() == null
                    && second.entry() == null && second.start() == tokens.get(second.startToken()).start()
                    && tokens.get(second.startToken()).script() == Script.ARABIC
                    && second.endToken() - first.startToken() <= LONGEST_NAME
                    && tokens.get(second.endToken() - 1).norm().startsWith("ال") && namesClose(tokens, second.endToken(), s)) {
                int from = first.startToken();
                int skip = first.start() - tokens.get(from).start();
                sink.dropNamesIn(from, second.endToken());
                sink.add(from, second.endToken(), skip, EntityType.PERSON, null, null);
                sorted = sink.sorted();
            }
        }
    }

    /** "takes (a place as its seat)": «تتخذ من X مقرا». */
    private static final Set<String> TAKES = ArabicWords.folded("تتخذ", "يتخذ", "اتخذت", "اتخذ");
    private static final Set<String> WORLD_BEFORE = ArabicWords.folded("انحاء", "ارجاء", "دول", "مستوى", "اسواق", "بلدان",
            "مدن", "شركات", "اغنى", "اكبر");

    private static final Set<String> IN_THE_WORLD = ArabicWords.folded("بالعالم", "للعالم");

    /** «في العالم», «أنحاء العالم»: after a preposition or a noun of extent العالم is "the world", not "the scientist". */
    private static boolean theWorld(List<Token> tokens, int i, int floor) {
        if (IN_THE_WORLD.contains(tokens.get(i).norm())) {
            return true; // «بالعالم»: a preposition glued to العالم
        }
        if (!tokens.get(i).norm().equals("العالم") || i == floor) {
            return false;
        }
        String before = tokens.get(i - 1).norm();
        return NameLexicon.isArabicStop(before) || WORLD_BEFORE.contains(Clitics.withoutConjunction(before));
    }

    /** Most words of an outlet's name in a dateline: «أخبار المال والأعمال». */
    private static final int OUTLET_WORDS = 3;

    /**
     * A news outlet in a dateline: «أبوظبي - مباشر:», «الخليل-أخبار المال والأعمال-وقعت …» between the place and a colon
     * or a second dash; on the text's first line, also one label word before the dash («متابعات- … -»), or the outlet
     * opening the line itself, two or three words before a dash or colon («مرآة الخليج: أعلنت …»).
     */
    private static void dateline(List<Token> tokens, Sentence s, MentionSink sink) {
        int k = s.firstToken();
        while (k < s.endToken() && sink.placeAt(k)) {
            k++;
        }
        boolean firstLine = s.index() == 0 || s.index() == 1 && lineStart(s, sink); // the text's or the one after a headline
        if (k == s.firstToken() && firstLine && k + 1 < s.endToken() && isDash(tokens.get(k + 1)) && outletOpening(tokens, k, sink)) {
            k++; // «متابعات-»: a label of the desk, then the outlet between dashes
        }
        int from = k + 1;
        if (k > s.firstToken() && k + 2 < s.endToken() && isDash(tokens.get(k))) {
            int to = outletOpening(tokens, from, sink) ? outletEnd(tokens, from, s.endToken(), sink) : from;
            if (to > from && to < s.endToken() && (tokens.get(to).is(":") || firstLine && isDash(tokens.get(to)))
                    && !holdsOrganization(tokens, from, to) && ArabicRoles.match(tokens, from, to) == null) {
                sink.add(from, to, 0, EntityType.ORGANIZATION, null, null);
            }
            return;
        }
        if (firstLine && k == s.firstToken()) {
            int to = outletOpening(tokens, k, sink) ? outletEnd(tokens, k, s.endToken(), sink) : k;
            if (to >= k + 2 && to + 1 < s.endToken() && (tokens.get(to).is(":") || isDash(tokens.get(to)))
                    && storyOrByline(tokens, to, s.endToken(), sink) && !holdsOrganization(tokens, k, to) && !newsLabel(tokens, k, to)
                    && NameLexicon.arabicGivenName(tokens.get(k).norm()) == null && ArabicRoles.match(tokens, k, to) == null) {
                sink.dropPlacesIn(k, to); // «مرآة الخليج»: the place is in the outlet's name
                sink.add(k, to, 0, EntityType.ORGANIZATION, null, null);
            }
        }
    }

    /** Whether sentence {@code s} opens a line of the text. */
    private static boolean lineStart(Sentence s, MentionSink sink) {
        int k = s.start() - 1;
        while (k >= 0 && (sink.text().charAt(k) == ' ' || sink.text().charAt(k) == '\t' || sink.text().charAt(k) == '\r')) {
            k--;
        }
        return k >= 0 && sink.text().charAt(k) == '\n';
    }

    /** Most words of a byline after an outlet: its reporter's name or its place («X - أربيل»). */
    private static final int BYLINE_WORDS = 3;

    /**
     * After an outlet's dash or colon at {@code mark}, the story opening on a verb of news («أعلنت», «وقعت», «قرر») or
     * a short byline ending the sentence: after a colon only a place or a name opening on a given name, as a headline's
     * «X: Y» may end on a short phrase of its own («أسعار الذهب اليوم: ارتفاع جديد»); after a dash, words that end
     * their line too («X - نابلس», «X - لارا الهاشم»).
     */
    private static boolean storyOrByline(List<Token> tokens, int mark, int end, MentionSink sink) {
        int after = mark + 1;
        if (ArabicOrganizations.DID.contains(Clitics.withoutConjunction(tokens.get(after).norm()))) {
            return true;
        }
        if (end - after > BYLINE_WORDS) {
            return false;
        }
        return NameLexicon.arabicGivenName(tokens.get(after).norm()) != null || placesOnly(after, end, sink)
                || isDash(tokens.get(mark)) && endsLine(tokens.get(end - 1).end(), sink.text());
    }

    /** Whether only spaces come between {@code at} and the end of its line, which the text goes on after. */
    private static boolean endsLine(int at, String text) {
        int k = at;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\r')) {
            k++;
        }
        return k < text.length() && text.charAt(k) == '\n';
    }

    private static boolean placesOnly(int from, int to, MentionSink sink) {
        for (int k = from; k < to; k++) {
            if (!sink.placeAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Words that label a piece of news, not an outlet: «خبر عاجل:», «تقرير حصري:». */
    private static final Set<String> NEWS_LABELS = ArabicWords.folded("خبر", "عاجل", "تقرير", "حصري", "تحليل", "تحديث",
            "مقال", "متابعه");

    private static boolean newsLabel(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (NEWS_LABELS.contains(Clitics.withoutConjunction(tokens.get(k).norm()))) {
                return true;
            }
        }
        return false;
    }

    /** The end of up to three words of an outlet's name from {@code from}: no function word, no name found but a place's. */
    private static int outletEnd(List<Token> tokens, int from, int end, MentionSink sink) {
        int to = from;
        while (to < end && to < from + OUTLET_WORDS && outletWord(tokens, to, sink)) {
            to++;
        }
        return to;
    }

    /** A word an outlet's name may hold («أخبار اليوم»: a function word too, but not first), no name found but a place's. */
    private static boolean outletWord(List<Token> tokens, int k, MentionSink sink) {
        Token t = tokens.get(k);
        return t.script() == Script.ARABIC && (!sink.covered(k) || sink.placeAt(k)) && !ArabicWords.nationalityNotSurname(t.norm());
    }

    /**
     * A word that may open an outlet's name or be a desk's label: no function word («من جهته -»), no verb of news, of
     * saying or of a market's move («أعلنت الحكومة -», «قالت مصادر -», «ارتفعت أسعار الذهب -»), which opens the story.
     */
    private static boolean outletOpening(List<Token> tokens, int k, MentionSink sink) {
        return outletWord(tokens, k, sink) && !NameLexicon.isArabicStopAsWritten(tokens.get(k).norm())
                && !ArabicWords.newsVerb(tokens.get(k).norm());
    }

    /**
     * «الرياض - وزارة المالية - …»: words between a dateline's dashes that hold a public body's or a company's noun
     * (وزارة، هيئة، شركة، بنك) name that organization, which the finders of organizations read; no outlet is made of them.
     */
    private static boolean holdsOrganization(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String norm = tokens.get(k).norm();
            String cue = Cues.arabicCue(norm);
            if (ArabicOrganizations.publicBodyWord(norm) || cue != null && Cues.ARABIC.get(cue) == EntityType.ORGANIZATION) {
                return true;
            }
        }
        return false;
    }

    /**
     * «دافوس في 22 يناير/ وام/»: a wire dateline opens with its place, then «في», the day and the month, then the
     * agency after a slash or a dash; one or two words there are a place though the gazetteer does not know it. Asked
     * of headlines too: a dateline on the first line is read as one.
     */
    static void datedPlace(List<Token> tokens, Sentence s, MentionSink sink) {
        int from = s.firstToken();
        int at = from;
        while (at < s.endToken() && at < from + 2 && tokens.get(at).script() == Script.ARABIC && !sink.covered(at)
                && !tokens.get(at).is("في")) {
            at++;
        }
        int month = at + 2;
        if (at == from || month + 1 >= s.endToken() || !tokens.get(at).is("في") || tokens.get(at + 1).script() != Script.NUMBER
                || MonthNames.month(tokens.get(month).norm()) == null) {
            return;
        }
        Token after = tokens.get(month + 1);
        if (after.is("/") || isDash(after) || after.is("(")) {
            sink.add(from, at, 0, EntityType.LOCATION, null, null);
        }
    }

    private static boolean isDash(Token t) {
        return t.is("-") || t.surface().equals("–") || t.surface().equals("—");
    }

    /** Whether the quote mark at {@code q} opens a quotation (” and » close one; a straight " alternates). */
    private static boolean opening(List<Token> tokens, int q, Sentence s) {
        String mark = tokens.get(q).surface();
        if (mark.equals("”") || mark.equals("»")) {
            return false;
        }
        if (!mark.equals("\"")) {
            return true;
        }
        int before = 0;
        for (int k = s.firstToken(); k < q; k++) {
            before += tokens.get(k).is("\"") ? 1 : 0;
        }
        return before % 2 == 0;
    }

    static boolean isComma(Token t) {
        return t.surface().equals("،") || t.surface().equals(",");
    }

    /** "تعيين عليان الوتيد رئيسا تنفيذيا": two name words before a title in the accusative (رئيسا، مديرا). */
    private static void accusativeTitledPerson(List<Token> tokens, int i, int end, MentionSink sink) {
        if (i + 2 >= end || !sink.free(i, i + 2) || !nameWord(tokens.get(i), false) || !nameWord(tokens.get(i + 1), true)) {
            return;
        }
        RoleMatch role = ArabicRoles.match(tokens, i + 2, end);
        String title = tokens.get(i + 2).norm();
        if (role != null && title.endsWith("ا") && !title.endsWith("ها") && !tokens.get(i + 1).norm().endsWith("ا")) {
            addPerson(tokens, i, i + 2, 0, sink);
        }
    }

    /** A Latin letter's Arabic name that is no Arabic word as well («جي», «كيه»; not «في», «أو», «إن»). */
    private static boolean initial(Token t) {
        return t.script() == Script.ARABIC && ArabicLetterNames.is(t.norm()) && !NameLexicon.isArabicStop(t.norm());
    }

    /** «وماجد» in «تعيين A رئيسا وماجد الدوسري مديرا», «، وهند العلي،»: the chars of «و» before a given name, else 0 («وليد» is one). */
    private static int conjunctionBeforeGivenName(Token t) {
        String n = t.norm();
        String bare = Clitics.withoutConjunction(n);
        return bare.length() < n.length() && NameLexicon.arabicGivenName(n) == null && NameLexicon.arabicGivenName(bare) != null
                ? MentionSink.cliticChars(t, bare) : 0;
    }

    /** A person named right after a title: two name words, a third when joined by بن/أبو. */
    private static boolean person(List<Token> tokens, int i, int end, MentionSink sink) {
        if (i + 1 >= end || !nameWord(tokens.get(i), false) || !nameWord(tokens.get(i + 1), true) || sink.covered(i)
                || forPhrase(tokens, i, end) || forPhrase(tokens, i + 1, end) || secondTitle(tokens, i, end)) {
            return false;
        }
        boolean twoWordGiven = NameLexicon.compoundGivenName(tokens, i, end) != null || servantOf(tokens, i, end) == i + 2;
        if (i + 2 < end && twoWordGiven && !sink.covered(i + 2) && nameWord(tokens.get(i + 2), true) && !forPhrase(tokens, i + 2, end)) {
            // «المدير نور الدين داودي», «الوزير الأول عبد المالك سلال»: a given name in two words, عبد and a divine name
            // among them, the family name after both
            return addPerson(tokens, i, nameEnd(tokens, i + 2, end, sink), 0, sink);
        }
        Mention known = sink.at(i + 1);
        if (known != null && known.type() == EntityType.ORGANIZATION && known.startToken() == i + 1 && known.endToken() == i + 2
                && !(i + 2 < end && nameWord(tokens.get(i + 2), true))) {
            sink.dropNamesIn(i + 1, i + 2); // «رئيس الشركة ستان ديل»: a surname spelled like a known company
        }
        int nameEnd = nameEnd(tokens, i + 1, end, sink);
        if (NameLexicon.arabicGivenName(tokens.get(i).norm()) == null && sink.opensOrganization(tokens.get(i).norm())) {
            // «رئيس بلومارا القابضة» after «مجموعة بلومارا القابضة»: the company named before, shortened, is the
            // title's employer, no person
            sink.add(i, nameEnd, 0, EntityType.ORGANIZATION, null, null);
            return false;
        }
        return addPerson(tokens, i, nameEnd, 0, sink);
    }

    /**
     * «المدير التنفيذي لشركة X ونائب رئيس مجلس الإدارة فلان»: a second title of two words or more where a name could
     * start is the title, not a name; a one-word title may be a given name too (أمين).
     */
    private static boolean secondTitle(List<Token> tokens, int i, int end) {
        RoleMatch title = ArabicRoles.match(tokens, i, end);
        return title != null && title.endToken() - i >= 2;
    }

    /** A title at {@code k} that is no given name too («رئيس», «وزير»; not «أمين»), so no second word of a name. */
    private static boolean titleNoName(List<Token> tokens, int k, int end) {
        return ArabicRoles.match(tokens, k, end) != null && NameLexicon.arabicGivenName(tokens.get(k).norm()) == null;
    }

    /** How many words a name set off between an honorific and a comma may hold: «مولاي احمد بن علي سليماني». */
    private static final int NAME_BEFORE_COMMA = 4;

    /**
     * «السيد الطاهر القور،», «السيد مولاي احمد سليماني،»: between an honorific and a comma, two to four name words are
     * the whole name, a given name with the article (الطاهر، الحسين) or a third word without one among them.
     */
    private static boolean nameUpToComma(List<Token> tokens, int from, int end, MentionSink sink) {
        int k = from;
        while (k < end && k < from + NAME_BEFORE_COMMA && !isComma(tokens.get(k)) && !sink.covered(k)
                && nameWord(tokens.get(k), true) && !(k == from && NAME_LINKS.contains(tokens.get(k).norm()))
                && ArabicRoles.match(tokens, k, end) == null && !forPhrase(tokens, k, end)) {
            k++;
        }
        return k - from >= 2 && k < end && isComma(tokens.get(k)) && addPerson(tokens, from, k, 0, sink);
    }

    /** The end of a person's name whose second word is at {@code second}: its links, family nisba or third name. */
    private static int nameEnd(List<Token> tokens, int second, int end, MentionSink sink) {
        int fathers = articledFathersEnd(tokens, second, end, sink);
        if (fathers > 0) {
            return fathers;
        }
        int to = links(tokens, second, end);
        int joinedAbu = to == second + 1 ? joinedAbuFamilyEnd(tokens, to, end, sink) : -1;
        if (joinedAbu > 0) {
            return joinedAbu;
        }
        if (to == second + 1 && familyNisba(tokens, to, end, sink) && familyNisba(tokens, to + 1, end, sink)
                && !ArabicWords.nationality(tokens.get(to + 1).norm()) && closes(tokens, to + 2, end)) {
            return to + 2; // «محمد غانم القصيلي المنصوري»: the clan's nisba after the family's, where the name closes
        }
        return to == second + 1 && (familyNisba(tokens, to, end, sink) || thirdName(tokens, to, end, sink)
                || fathersFamily(tokens, second, end, sink) || familyInTaMarbuta(tokens, to, end, sink)
                || bareFamily(tokens, second, end, sink)) ? to + 1 : to;
    }

    /**
     * «قال الوزير محمد رشيد كشيش إن …», «… كشيش والمدير العام»: after a father's name that is a given name, a family name
     * without the article where the name closes (punctuation, "that", a verb, a title or a second one joined by و); a
     * word in the accusative (مؤخرا، أيضا) is the verb's, a noun with a pronoun (مهامه، عمله رئيسا) the subject's, not
     * the name's.
     */
    private static boolean bareFamily(List<Token> tokens, int second, int end, MentionSink sink) {
        int k = second + 1;
        if (k >= end || sink.covered(k) || NameLexicon.arabicGivenName(tokens.get(second).norm()) == null) {
            return false;
        }
        Token t = tokens.get(k);
        String n = t.norm();
        return n.length() >= 3 && !ArabicOrganizations.definite(n) && !n.endsWith("ا") && nameWord(t, true)
                && !SAID_THAT.contains(n) && !n.endsWith("ها") && !n.endsWith("هم") // «تسلم فلان مهامه رئيسا»: his office
                && ArabicRoles.match(tokens, k, end) == null && DayNames.day(n) == null && MonthNames.month(n) == null
                && !(n.endsWith("ه") && k + 1 < end && asPost(tokens.get(k + 1).norm()))
                && (closes(tokens, k + 1, end) || ArabicRoles.conjoined(tokens.get(k + 1).norm()));
    }

    /** «رئيسا», «كنائب»: a title in the accusative or after ك, "as", which a possessed noun (عمله، دوره) is held in. */
    private static boolean asPost(String n) {
        return n.endsWith("ا") || n.startsWith("ك") && n.length() > 3;
    }

    /**
     * «صباح الخالد الحمد الصباح», «ناصر المحمد الأحمد الصباح»: the Gulf writes the father's and grandfather's given
     * names with the article, «العبد الله» too, then the family's; from {@code second}, one or more such fathers and the
     * family name after them, closed as a name is (or after two fathers, where the chain alone shows a name). The end
     * of the name, or -1.
     */
    private static int articledFathersEnd(List<Token> tokens, int second, int end, MentionSink sink) {
        int k = second;
        int fathers = 0;
        while (k < end && !sink.covered(k) && tokens.get(k).script() == Script.ARABIC && ArabicRoles.match(tokens, k, end) == null) {
            String n = tokens.get(k).norm();
            if (n.equals("العبد") && k + 1 < end && tokens.get(k + 1).norm().startsWith("ال") && !sink.covered(k + 1)) {
                k += 2; // «العبد الله», «العبد العزيز»: عبد and the divine name
            } else if (n.startsWith("ال") && n.length() >= 5 && NameLexicon.arabicGivenName(n.substring(2)) != null
                    && nameWord(tokens.get(k), true)) {
                k++;
            } else {
                break;
            }
            fathers++;
        }
        if (fathers == 0 || k >= end || sink.covered(k) || !tokens.get(k).norm().startsWith("ال") || !nameWord(tokens.get(k), true)
                || ArabicRoles.match(tokens, k, end) != null || ArabicRoles.timeAdjective(tokens.get(k))) {
            return -1;
        }
        return fathers >= 2 || closes(tokens, k + 1, end) ? k + 1 : -1;
    }

    /**
     * «جاسم محمد بوعتابه الزعابي،», «كريم علي بوزيد قال»: a family name opening on بو, أبو written joined to the next
     * word as the Gulf and the Maghreb write it, after the father's name, alone or before the clan's nisba, where the
     * name closes; the end of the name, or -1. A common word on بو (بوابة، بورصة) only closes no name there.
     */
    private static int joinedAbuFamilyEnd(List<Token> tokens, int k, int end, MentionSink sink) {
        if (k >= end || sink.covered(k)) {
            return -1;
        }
        Token t = tokens.get(k);
        String n = t.norm();
        if (t.script() != Script.ARABIC || !n.startsWith("بو") || n.length() < 5 || !nameWord(t, true)
                || NameLexicon.isArabicStop(n) || ArabicRoles.match(tokens, k, end) != null) {
            return -1;
        }
        if (k + 2 <= end && !sink.covered(k + 1) && clanNisba(tokens.get(k + 1)) && ArabicRoles.match(tokens, k + 1, end) == null
                && closes(tokens, k + 2, end)) {
            return k + 2; // the clan's nisba may be short there (المري), the name closing right after it
        }
        return closes(tokens, k + 1, end) ? k + 1 : -1;
    }

    /** «المري», «الزعابي»: a definite nisba that may be a clan's name (no adjective of time or office). */
    private static boolean clanNisba(Token t) {
        String n = t.norm();
        return n.startsWith("ال") && n.endsWith("ي") && n.length() >= 5 && nameWord(t, true) && !NOT_NISBAS.contains(n);
    }

    /**
     * «علاء عارف البطاينة،»: a family name shaped as a feminine plural of a clan (البطاينة، الطراونة، المعايطة), ending
     * in ة but not in the ية of a feminine adjective, after the father's name where the name closes.
     */
    private static boolean familyInTaMarbuta(List<Token> tokens, int k, int end, MentionSink sink) {
        if (k >= end || sink.covered(k)) {
            return false;
        }
        Token t = tokens.get(k);
        String n = t.norm();
        return n.startsWith("ال") && n.endsWith("ه") && !n.endsWith("يه") && n.length() >= 7 && nameWord(t, true)
                && !ArabicRoles.timeAdjective(t) && DayNames.day(n) == null && ArabicRoles.match(tokens, k, end) == null
                && closes(tokens, k + 1, end);
    }

    /**
     * «بدر محمد المير،», «خلفا لبدر محمد المير الذي …»: when the second name is a given name (the father's), a definite
     * word after it is the family name where the name closes there (punctuation, a relative pronoun, its verb or
     * title); an adjective of time (السابق، الجديد) is the title's, not the name's.
     */
    private static boolean fathersFamily(List<Token> tokens, int second, int end, MentionSink sink) {
        int k = second + 1;
        if (k >= end || sink.covered(k) || NameLexicon.arabicGivenName(tokens.get(second).norm()) == null) {
            return false;
        }
        Token t = tokens.get(k);
        return t.norm().startsWith("ال") && nameWord(t, true) && !definiteVerbalNoun(t.norm()) && !ArabicRoles.timeAdjective(t)
                && DayNames.day(t.norm()) == null && ArabicRoles.match(tokens, k, end) == null && closes(tokens, k + 1, end);
    }

    /**
     * «التخلي», «الاستقالة», «الانسحاب»: a definite verbal noun of a derived form (تفعّل، تفاعل، تفعيل; انفعال، افتعال،
     * استفعال), what a subject announces after his name («أعلن ماجد ناصر التخلي عن …»), not his family name.
     */
    static boolean definiteVerbalNoun(String n) {
        return n.startsWith("الت") && n.length() >= 6 || n.startsWith("الا") && n.length() >= 7;
    }

    /**
     * «الذي», «التي»: a relative pronoun, which opens a clause about the name before it; «على», «في», «من»: a
     * preposition, which a name does not end on.
     */
    private static final Set<String> AFTER_FAMILY = ArabicWords.folded("الذي", "التي", "على", "في", "من", "عن", "إلى", "مع", "منذ");

    /**
     * Whether a name closes before {@code after}: the sentence ends, or punctuation, a relative pronoun or preposition,
     * «و» with the next person's given name, the name's verb, title or «إن» comes next.
     */
    private static boolean closes(List<Token> tokens, int after, int end) {
        return after == end || ArabicAppositions.closesName(tokens.get(after)) || AFTER_FAMILY.contains(tokens.get(after).norm())
                || conjoinedGivenName(tokens.get(after).norm()) // «محمد كمال بركات وعمرو …»: the next person's
                || ArabicWords.verbAfterName(tokens.get(after).norm()) || ArabicRoles.match(tokens, after, end) != null
                || SAID_THAT.contains(tokens.get(after).norm())
                || tokens.get(after).is("عضوا"); // «عين X Y Z عضواً في …»: "as a member", a post in the accusative
    }

    /** Punctuation, the text's end, «و» before the next person's given name or a word of replacing: where a family name closes a list's name. */
    private static boolean closedFamily(List<Token> tokens, int after, int end) {
        String n = after < end ? tokens.get(after).norm() : "";
        return after == end || ArabicAppositions.closesName(tokens.get(after)) || conjoinedGivenName(n)
                || IN_PLACE_OF.contains(n) || n.equals("بدلا"); // «… منصور بدلا منه»: the one who replaces is named first
    }

    /** «خلفا لـ», «خليفة لـ»: words after which the person replaced is named under the preposition ل. */
    private static final Set<String> IN_PLACE_OF = ArabicWords.folded("خلفا", "خليفة", "خليفا");

    /**
     * «خلفًا لعقيل بشير»: after a word of succeeding, a name whose first word carries the preposition ل (not the
     * article, «للدخيل» being one word); the name is read without the ل.
     */
    private static boolean replacedPerson(List<Token> tokens, int i, int end, MentionSink sink) {
        if (i + 2 >= end || !IN_PLACE_OF.contains(tokens.get(i).norm())) {
            return false;
        }
        Token first = tokens.get(i + 1);
        String n = first.norm();
        if (first.script() != Script.ARABIC || n.length() < 4 || !n.startsWith("ل") || n.startsWith("لل") || sink.covered(i + 1)
                || !nameWord(n.substring(1), false) || !nameWord(tokens.get(i + 2), true)) {
            return false;
        }
        int second = i + 2;
        if (second + 1 < end && NameLexicon.compoundGivenName(n.substring(1), tokens.get(second).norm()) != null
                && nameWord(tokens.get(second + 1), true)) {
            second++; // «خلفا لكمال الدين زروقي»: a given name in two words
        }
        return addPerson(tokens, i + 1, nameEnd(tokens, second, end, sink), 1, sink);
    }

    /**
     * «الرئيس التنفيذي لشركة إيرباص توم اندرز», «رئيس شركة بوينج (BCA) ستان ديل»: the employer named after a title,
     * before the person; the token after it (and after its parenthesized short name), or {@code k} when none.
     */
    private static int afterEmployer(List<Token> tokens, int k, int end, MentionSink sink) {
        int j = k;
        if (j < end && !sink.covered(j) && Cues.arabicCue(tokens.get(j).norm()) != null) {
            if (!ArabicOrganizations.find(tokens, j, end, sink)) { // the employer's name is found before the person after it
                groupOfCompanies(tokens, j, end, sink);
            }
            if (!sink.covered(j)) {
                j++; // لشركة: the cue stays outside the name
            }
        }
        if (j + 1 < end && tokens.get(j).is("ل") && j == k) {
            j++; // «لـ"إنتل"»: the preposition written apart with a tatweel before a quoted employer
        }
        while (j < end && Cues.isQuote(tokens.get(j).surface())) {
            j++;
        }
        Mention employer = j < end ? sink.at(j) : null;
        if (employer == null || employer.type() != EntityType.ORGANIZATION || employer.startToken() != j) {
            return k;
        }
        j = employer.endToken();
        while (j < end && Cues.isQuote(tokens.get(j).surface())) {
            j++;
        }
        while (j < end && j < employer.endToken() + 3 && !sink.covered(j)
                && (tokens.get(j).norm().startsWith("لل") || j > employer.endToken() && tokens.get(j).norm().startsWith("ال"))) {
            j++; // «بوينج للطائرات التجارية»: the unit's complement
        }
        if (j + 2 < end && tokens.get(j).is("(") && tokens.get(j + 2).is(")")) {
            j += 3;
        }
        if (j < end && (ArabicWords.nationality(tokens.get(j).norm()) || ArabicRoles.timeAdjective(tokens.get(j)))) {
            j++; // «لشركة زيلو المصرية», «رئيس تويتر الجديد»: the employer's nationality, the title's time
        }
        if (j + 1 < end && tokens.get(j).norm().startsWith("ل") && (tokens.get(j + 1).norm().startsWith("ال")
                || tokens.get(j).norm().endsWith("ات"))) {
            // «لشركة X الألمانية لصناعة الأجهزة», «محافظ البنك لعمليات ونظم الدفع»: what the employer makes or the
            // post covers (a plural noun under «لـ» is no given name), no person after it
            return k;
        }
        return j;
    }

    /** «مجمع», a complex, which a title heads only as a group of companies. */
    private static final String COMPLEX = "مجمع";

    /**
     * «الرئيس المدير العام لمجمع فرمال»: a complex whose head a title names is a group of companies, an organization
     * named by the word after it, though «مجمع» alone names a site (مجمع تجاري).
     */
    private static void groupOfCompanies(List<Token> tokens, int cue, int end, MentionSink sink) {
        int name = cue + 1;
        String reading = Clitics.bare(tokens.get(cue).norm());
        if (name < end && COMPLEX.equals(reading) && !definiteCue(tokens.get(cue).norm()) && !sink.covered(name)
                && nameWord(tokens.get(name), false) && NameLexicon.arabicGivenName(tokens.get(name).norm()) == null) {
            sink.add(cue, name + 1, MentionSink.cliticChars(tokens.get(cue), reading), EntityType.ORGANIZATION, null, null);
        }
    }

    /**
     * The end of a name whose word at {@code k} is its second: more words joined by بن/ابن/آل/أبو follow
     * ("تركي بن سعود بن محمد آل سعود").
     */
    static int links(List<Token> tokens, int k, int end) {
        int to = k + 1;
        if (NAME_LINKS.contains(tokens.get(k).norm()) && to < end && linkedName(tokens, k)) {
            to = servantOf(tokens, to, end);
        }
        boolean linked = to > k + 1 && !tokens.get(k).is("ال");
        boolean servant = linked && tokens.get(k).is("عبد");
        while (to + 1 < end && NAME_LINKS.contains(tokens.get(to).norm()) && linkedName(tokens, to)) {
            linked = !tokens.get(to).is("ال"); // after "آل X" the family is named already
            servant = tokens.get(to).is("عبد");
            to = servantOf(tokens, to + 1, end);
        }
        String last = to < end ? tokens.get(to).norm() : "";
        if (!linked || to + 1 > end || !nameWord(tokens.get(to), true) || NOT_NISBAS.contains(last)) {
            return to;
        }
        boolean verbOrTitle = to + 1 < end && (ArabicWords.verbAfterName(tokens.get(to + 1).norm())
                || ArabicRoles.match(tokens, to + 1, end) != null || SAID_THAT.contains(tokens.get(to + 1).norm()));
        if (last.startsWith("ال") && (last.endsWith("ي") || to + 1 == end || ArabicAppositions.closesName(tokens.get(to + 1))
                || verbOrTitle)) {
            // "خالد بن عبدالله العتيبي", «سلمان بن عبد العزيز البدران،», «خالد بن عبد العزيز الغنيم تقدم / رئيساً»:
            // the family after the father's name, closed by punctuation, the name's verb or its title
            to++;
        } else if (!last.startsWith("ال") && ArabicRoles.match(tokens, to, end) == null
                && (verbOrTitle || servant && !last.endsWith("ا") && closedFamily(tokens, to + 1, end))) {
            // «تعيين عمر بن عماد مغربل رئيساً»: a family without the article only before the name's verb or title,
            // where a bare word cannot be the start of what the sentence says next; a title is no family («تعيين سالم
            // بن سعيد رئيساً لمؤسسة …», where «مؤسسة» reads as a title too); after a father's name in «عبد X»
            // («سامر عبد الحميد فرج،») punctuation or the next person's «و» closes it too, as after any father's name
            to++;
        }
        return to;
    }

    /**
     * «قال سعد بن سليمان اللذيذ إن …»: "that", which opens what a speaker said, or the subject's own office; nothing the
     * verb governs stands between its subject and them, so the word before is the name's.
     */
    private static final Set<String> SAID_THAT = ArabicWords.folded("إن", "أن", "إنه", "أنه", "إنها", "أنها", "بأن",
            // «قدم خالد بن عبد العزيز الغنيم استقالته»: the office the subject holds or leaves, his own, follows him
            "استقالته", "استقالتها", "منصبه", "منصبها", "مهامه", "مهامها");

    /**
     * «علي», «وعلي»: the given name Ali, which folds like the preposition «على» and so is a stop word elsewhere. Only
     * the ي it is written with tells the name apart, unless {@code anySpelling}: where no preposition can stand (after
     * بن, "son of"), either spelling is the name.
     */
    static boolean givenAli(Token t, boolean anySpelling) {
        String n = t.norm();
        return t.script() == Script.ARABIC && (n.equals(ALI) || n.equals("و" + ALI)) && (anySpelling || t.surface().endsWith("ي"));
    }

    /** The word after the link at {@code link} is a name: «بن علي» is "son of Ali", as no preposition follows "son of". */
    private static boolean linkedName(List<Token> tokens, int link) {
        Token t = tokens.get(link + 1);
        return nameWord(t, true) || CHILD_OF.contains(tokens.get(link).norm()) && givenAli(t, true);
    }

    /** بن، بنت، ابن: "son of", "daughter of", which join a name to its father's. */
    private static final Set<String> CHILD_OF = WordSet.of("بن", "بنت", "ابن");

    /**
     * «منصور بن محمد بن راشد آل مكتوم»: a known person's name after a given name and بن/بنت is the father's, in the
     * lineage of his child, another person. The word before بن is a name when it is a known given name, follows an
     * honorific (الشيخ ذياب بن …) or is a daughter's (بنت).
     */
    static boolean childOfKnown(EntityType type, List<Token> tokens, int i, int floor) {
        if (type != EntityType.PERSON || i - 2 < floor || tokens.get(i).script() != Script.ARABIC
                || !CHILD_OF.contains(tokens.get(i - 1).norm()) || !nameWord(tokens.get(i - 2), false)) {
            return false;
        }
        return NameLexicon.arabicGivenName(Clitics.withoutConjunction(tokens.get(i - 2).norm())) != null
                || tokens.get(i - 1).is("بنت") || i - 3 >= floor && honorific(tokens.get(i - 3).norm());
    }

    /** The end of the lineage written on after a known name at {@code end} (بن عبدالعزيز آل سعود), or {@code end}. */
    static int lineageEnd(List<Token> tokens, int end, int limit) {
        return end + 1 < limit && CHILD_OF.contains(tokens.get(end).norm()) && nameWord(tokens.get(end + 1), true)
                ? links(tokens, end, limit) : end;
    }

    /** The end of the name word at {@code k}: «عبد» takes the divine name after it (بن عبد العزيز). */
    private static int servantOf(List<Token> tokens, int k, int end) {
        return tokens.get(k).is("عبد") && k + 1 < end && tokens.get(k + 1).norm().startsWith("ال")
                && tokens.get(k + 1).script() == Script.ARABIC ? k + 2 : k + 1;
    }

    /**
     * «لمعاهد البحوث», «لخطط العمل»: ل on an indefinite word before a definite one opens "for the … of the …", a phrase
     * after a title or a name, not a name (a name spelled with ل, لطفي, is a known given name).
     */
    private static boolean forPhrase(List<Token> tokens, int k, int end) {
        String n = tokens.get(k).norm();
        if (!n.startsWith("ل") || n.length() < 4 || k + 1 >= end || NameLexicon.arabicGivenName(n) != null) {
            return false;
        }
        String next = tokens.get(k + 1).norm();
        return next.startsWith("ال") && tokens.get(k + 1).script() == Script.ARABIC && !NameLexicon.isArabicStop(next);
    }

    /** Honorifics before a name (سمو، الأمير، الدكتور، معالي): the token after the last, or {@code i} when none. */
    private static final long HONORIFIC = WordFlags.newFlag();

    private static boolean honorific(String norm) {
        String n = Clitics.withoutConjunction(norm);
        return ArabicWords.HONORIFICS.contains(Clitics.bare(n)) && (n.startsWith("ال") || ArabicWords.STANDALONE_HONORIFICS.contains(n));
    }

    private static int honorifics(List<Token> tokens, int i, int end) {
        int j = i;
        while (j < end && tokens.get(j).script() == Script.ARABIC) {
            WordFlags.Word word = tokens.get(j).word();
            if (!(word.known(HONORIFIC) ? word.is(HONORIFIC) : word.set(HONORIFIC, honorific(tokens.get(j).norm())))) {
                break;
            }
            j++;
        }
        if (j > i && j < end) {
            RoleMatch role = ArabicRoles.match(tokens, j, end);
            if (role != null) {
                j = role.endToken(); // "الدكتور المهندس …"
            }
        }
        return j == i ? afterPersonNoun(tokens, i, end) : j;
    }

    /** «رجل الأعمال», «سيدة الأعمال»: the nouns that, before «الأعمال», make "businessman" and "businesswoman". */
    private static final Set<String> BUSINESS_PEOPLE = WordSet.of("رجل", "سيده");

    /**
     * «الصحفي جمال خاشقجي», «الصحفي السعودي، جمال خاشقجي،», «رجل الأعمال الفلسطيني سائد ناشف»: a noun for a kind of
     * person, its nationality and a comma after it; the token after them, or {@code i} when no such noun is there.
     */
    private static int afterPersonNoun(List<Token> tokens, int i, int end) {
        if (nationalityAsNoun(tokens, i, end)) {
            return i + 1;
        }
        String n = personNoun(tokens.get(i).norm());
        boolean ofBusiness = BUSINESS_PEOPLE.contains(n) && i + 1 < end && tokens.get(i + 1).is("الاعمال");
        if (!ofBusiness && (!n.startsWith("ال") || !ArabicWords.PERSON_NOUNS.contains(n.substring(2)))) {
            return i;
        }
        int j = ofBusiness ? i + 2 : i + 1;
        if (j < end && ArabicWords.nationality(tokens.get(j).norm()) && tokens.get(j).norm().startsWith("ال")) {
            j++;
        }
        if (j + 2 < end && epithet(tokens, j, end)) {
            j++; // «الملياردير الراحل فلان», «رجل الأعمال الأمريكي المدان فلان»: the late, the convicted
        }
        if (j < end && isComma(tokens.get(j))) {
            j++;
        }
        if (INVESTORS.contains(n.substring(2)) && companyEndingFrom(tokens, j, end)) {
            return i; // «المستثمر الاستراتيجي نماء كابيتال»: an investor is often a firm, named so by its ending
        }
        return j;
    }

    /** «المستثمر», «المستثمرة»: person nouns that a company's name may follow as well. */
    private static final Set<String> INVESTORS = ArabicWords.folded("مستثمر", "مستثمره");
    /** The most words an investor's name after the noun holds before a company's ending («نماء كابيتال»). */
    private static final int INVESTOR_NAME_WORDS = 4;

    /** Whether a company's ending (كابيتال، فنتشرز، القابضة) comes within a name's words from {@code from}, before punctuation. */
    private static boolean companyEndingFrom(List<Token> tokens, int from, int end) {
        for (int k = from; k < end && k <= from + INVESTOR_NAME_WORDS && tokens.get(k).script() != Script.PUNCT; k++) {
            if (CompanySuffixes.KEY.contains(tokens.get(k).norm()) && tokens.get(k).script() == Script.ARABIC) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of appointing, whose object may be a person told by nationality: «عين الإيطالي فلان». */
    private static final Set<String> APPOINTING = ArabicWords.folded("عين", "عينت", "اختار", "اختارت", "اختير", "استقطب",
            "استقطبت");

    /**
     * «وعين المجلس أمس البرتغالي فلان», «بعد الروماني فلان»: a masculine nationality with the article standing as
     * a noun, "the Italian", names the person after it; it does so only where no noun stands before it for it to
     * describe (after a preposition or adverb, a verb of saying or appointing), and two name words follow.
     */
    private static boolean nationalityAsNoun(List<Token> tokens, int i, int end) {
        String n = tokens.get(i).norm();
        // the article as written: folding makes «ألماني», "a German", look definite
        if (i == 0 || i + 2 >= end || !tokens.get(i).surface().startsWith("ال") || n.endsWith("ه") || !ArabicWords.nationality(n)
                || ArabicWords.nationalityNotSurname(n)
                || !nameWord(tokens.get(i + 1), false) || !nameWord(tokens.get(i + 2), true)) {
            return false;
        }
        String before = tokens.get(i - 1).norm();
        return NameLexicon.isArabicStopAsWritten(before) || ArabicWords.nameSlot(tokens, i, 0)
                || APPOINTING.contains(Clitics.withoutConjunction(before));
    }

    /** The person noun as written or under a preposition: «برجل الأعمال», «للصحفي», «والملياردير». */
    private static String personNoun(String norm) {
        for (String r : Clitics.readings(norm)) { // the word as written, then without و/ف, ب/ل/ك (لل read as ال)
            if (BUSINESS_PEOPLE.contains(r) || r.startsWith("ال") && ArabicWords.PERSON_NOUNS.contains(r.substring(2))) {
                return r;
            }
        }
        return Clitics.withoutConjunction(norm);
    }

    /**
     * «الراحل», «المدان», «الشهير»: a definite adjective after a person noun, which describes the person named next; not
     * a given name with the article (الطاهر، الحسن), which opens the name, nor a title.
     */
    private static boolean epithet(List<Token> tokens, int j, int end) {
        Token t = tokens.get(j);
        String n = t.norm();
        return t.script() == Script.ARABIC && n.startsWith("ال") && n.length() >= 5 && !n.endsWith("ه")
                && NameLexicon.arabicGivenName(n) == null && NameLexicon.arabicGivenName(n.substring(2)) == null
                && !NameLexicon.isArabicStop(n) && ArabicRoles.match(tokens, j, end) == null && !ArabicWords.nationality(n)
                && nameWord(tokens.get(j + 1), false) && nameWord(tokens.get(j + 2), true);
    }

    private static final long MAY_START_PLACE = WordFlags.newFlag();

    /** The tests of the word alone that {@link #place} makes first, asked of every Arabic token: one of its three cues. */
    private static boolean mayStartPlace(String norm) {
        String n = Clitics.withoutConjunction(norm);
        return TAKES.contains(n) || ArabicWords.basedIn(norm)
                || ArabicWords.PLACE_CUES.contains(Clitics.bare(n)) && Clitics.bare(n).length() + 2 > n.length();
    }

    /**
     * "مدينة خانجو", "مقاطعة جرجيان": a place noun in construct with an unlisted name; "مقرها في وُرويكشاير",
     * "الكائنة في X": the place where something is based.
     */
    private static boolean place(List<Token> tokens, int i, int end, MentionSink sink) {
        WordFlags.Word word = tokens.get(i).word();
        if (!(word.known(MAY_START_PLACE) ? word.is(MAY_START_PLACE) : word.set(MAY_START_PLACE, mayStartPlace(tokens.get(i).norm())))) {
            return false;
        }
        if (TAKES.contains(Clitics.withoutConjunction(tokens.get(i).norm())) && i + 3 < end && tokens.get(i + 1).is("من")
                && Clitics.bare(tokens.get(i + 3).norm()).startsWith("مقر") && !sink.covered(i + 2)
                && nameWord(tokens.get(i + 2), false)) {
            return sink.add(i + 2, i + 3, 0, EntityType.LOCATION, null, null); // «تتخذ من بنغالور مقرا لها»
        }
        if (ArabicWords.basedIn(tokens.get(i).norm())) {
            int k = i + 1;
            if (k < end && ArabicWords.MAIN.contains(tokens.get(k).norm())) {
                k++; // «ومقرها الرئيسي في الرياض»
            }
            if (k < end && (tokens.get(k).is("في") || tokens.get(k).is("ب"))) {
                k++;
            }
            if (k + 1 < end && ArabicWords.PLACE_CUES.contains(Clitics.bare(tokens.get(k).norm()))) {
                k++; // «مقره بمدينة فرانكفورت»: the place is named after its noun
            }
            if (k < end && !sink.covered(k) && nameWord(tokens.get(k), false) && !NameLexicon.isArabicStop(tokens.get(k).norm())
                    && !ArabicWords.basedIn(tokens.get(k).norm()) // «الواقع مقرها في …»: the seat word, then the place
                    && NameLexicon.arabicGivenName(tokens.get(k).norm()) == null) {
                return sink.add(k, k + 1, 0, EntityType.LOCATION, null, null);
            }
            return false;
        }
        String n = Clitics.withoutConjunction(tokens.get(i).norm());
        if (knownPlaceWithItsKind(tokens, i, end, sink)) {
            return true;
        }
        if (i + 1 >= end || !ArabicWords.PLACE_CUES.contains(Clitics.bare(n)) || Clitics.bare(n).length() + 2 <= n.length()
                || sink.covered(i + 1) || !(nameWord(tokens.get(i + 1), false) || governorate(tokens, i, end))
                || ArabicWords.nationality(tokens.get(i + 1).norm()) || hisCountry(tokens.get(i)) || counted(tokens, i)
                || describesTheKind(tokens.get(i + 1))) {
            return false;
        }
        String kind = Clitics.bare(n);
        if (NAMING_KINDS.contains(kind) && !sink.covered(i)) {
            // «جزيرة بوبيان», «ومحافظة الجموم»: the kind is part of the name, as it is of a known place's
            return sink.add(i, i + 2, MentionSink.cliticChars(tokens.get(i), kind), EntityType.LOCATION, null, null);
        }
        return sink.add(i + 1, i + 2, 0, EntityType.LOCATION, null, null);
    }

    /**
     * «محافظة», «جزيرة», «ولاية»: kinds of place that are part of the place's own name (Basra Governorate, the State of
     * Texas); a city's noun (مدينة) or a capital's is not.
     */
    static final Set<String> NAMING_KINDS = ArabicWords.folded("محافظه", "جزيره", "ولايه");

    /**
     * «محافظة البصرة», «بولاية تكساس»: a known place after the kind of place it is takes the kind into its name, the
     * place itself staying the one the gazetteer knows.
     */
    private static boolean knownPlaceWithItsKind(List<Token> tokens, int i, int end, MentionSink sink) {
        String reading = Clitics.bare(Clitics.withoutConjunction(tokens.get(i).norm()));
        Mention place = i + 1 < end && NAMING_KINDS.contains(reading) && !sink.covered(i) ? sink.at(i + 1) : null;
        if (place == null || place.startToken() != i + 1 || place.type() != EntityType.LOCATION || place.entry() == null
                || place.start() != tokens.get(i + 1).start()) {
            return false;
        }
        sink.dropPlacesIn(i + 1, place.endToken());
        return sink.add(i, place.endToken(), MentionSink.cliticChars(tokens.get(i), reading), EntityType.LOCATION,
                place.entry(), place.entry().name());
    }

    private static final String GOVERNORATE = TextNormalizer.normalize("محافظة");

    /**
     * «محافظة الجموم», «ومحافظة الخرج»: a governorate's name, unlike a city's or a state's, is mostly written with the
     * article, and «محافظة» before a definite word names no other thing; «محافظة الشركة على حصتها» (its keeping) does
     * not, nor does a body or a nationality after it.
     */
    private static boolean governorate(List<Token> tokens, int i, int end) {
        String name = tokens.get(i + 1).norm();
        return Clitics.bare(Clitics.withoutConjunction(tokens.get(i).norm())).equals(GOVERNORATE) && name.startsWith("ال")
                && name.length() >= 5 && tokens.get(i + 1).script() == Script.ARABIC && nameWord(tokens.get(i + 1), true)
                && !(i + 2 < end && tokens.get(i + 2).is("علي"));
    }

    /**
     * «بولاية ثانية» (a second term), «سياسة محافظة تقليدية» (a conservative policy), «مدينة جديدة»: an indefinite
     * adjective or ordinal agreeing with the place noun says what kind of thing it is; the noun is then no place's
     * name (a term of office, "conservative", a new city) and the adjective none either. Such an adjective is a
     * feminine nisba in «ية» or a listed one («جديدة», «ثالثة»); a name in ة (حلبجة) stays a place's.
     */
    private static boolean describesTheKind(Token next) {
        String n = Clitics.withoutConjunction(next.norm());
        String written = next.surface().replaceAll("[\u064B-\u0652\u0640]+$", ""); // «ثانيةً»: its tanween
        return !n.startsWith("ال") && (written.endsWith("ية") || ArabicOrganizations.KIND_ADJECTIVES.contains(n)
                || FEMININE_DESCRIPTIONS.contains(n));
    }

    /** Feminine adjectives and ordinals in ة, not nisbas, that describe a place noun: «مدينة جديدة», «ولاية خامسة». */
    private static final Set<String> FEMININE_DESCRIPTIONS = ArabicWords.folded("جديدة", "رابعة", "خامسة", "سادسة",
            "سابعة", "ثامنة", "تاسعة", "عاشرة", "كاملة", "مستقلة", "حديثة", "قديمة");

    /** «موزعة على 22 جزيرة وستة مواقع»: a place noun after a number is counted, and what follows it is no name. */
    private static boolean counted(List<Token> tokens, int i) {
        return i > 0 && (tokens.get(i - 1).script() == Script.NUMBER || NumberReader.arabicCardinal(tokens.get(i - 1).norm()));
    }

    /** «لبلده ودعمه»: «بلده» written with ه is "his country" (بلد + ه), not «بلدة» (a town) before its name. */
    private static boolean hisCountry(Token t) {
        return Clitics.bare(t.norm()).equals("بلده") && t.surface().endsWith("ه");
    }

    /** «وهو», «وهي»: a pronoun opening what the one named before is, no name. */
    private static final Set<String> APPOSED_PRONOUNS = ArabicWords.folded("وهو", "وهي", "هو", "هي");

    /** "حسين أباظة، العضو المنتدب": the two words before a comma that a title follows. */
    private static void apposedPerson(List<Token> tokens, int comma, int floor, MentionSink sink) {
        int a = comma - 2;
        if (a < floor || !sink.free(a, comma)) {
            return;
        }
        if (a - 1 >= floor && sink.free(a - 1, a) && NameLexicon.compoundGivenName(tokens, a - 1, comma) != null) {
            addPerson(tokens, a - 1, comma, 0, sink); // «نور الدين داودي، المدير العام»: the given name is two words
            return;
        }
        Token first = tokens.get(a);
        String reading = first.norm();
        if (!nameWord(first, false) || !nameWord(tokens.get(a + 1), true) || forPhrase(tokens, a, comma)
                || ArabicRoles.match(tokens, a, comma) != null
                || a - 1 >= floor && APPOSED_PRONOUNS.contains(tokens.get(a - 1).norm())) {
            return; // «نائب رئيس المدينة لمعاهد البحوث، والمدير العام»: the end of a title, not a name; «وزير
            // الاقتصاد، عضو مجلس الأمناء»: the first of two stacked titles; «فلان، وهو مصرفي سابق، رئيسا»: what he is
        }
        if (conjunctionBeforeName(tokens, a, floor)) {
            reading = reading.substring(1);
        }
        if (a - 1 >= floor && sink.free(a - 1, a) && NameLexicon.arabicGivenName(Clitics.withoutConjunction(tokens.get(a - 1).norm())) != null) {
            a--;
            reading = Clitics.withoutConjunction(tokens.get(a).norm());
        }
        addPerson(tokens, a, comma, MentionSink.cliticChars(tokens.get(a), reading), sink);
    }

    /**
     * Whether the و/ف opening the name word at {@code a} is a conjunction: when the rest is a known given name, or
     * for و on a long word that no verb of saying precedes. فيليب, فلورنس and وليام after «قال» are names as written.
     */
    private static boolean conjunctionBeforeName(List<Token> tokens, int a, int floor) {
        String n = tokens.get(a).norm();
        if (!(n.startsWith("و") || n.startsWith("ف")) || NameLexicon.arabicGivenName(n) != null) {
            return false;
        }
        if (NameLexicon.arabicGivenName(n.substring(1)) != null) {
            return true;
        }
        return n.startsWith("و") && n.length() > 4 && !ArabicWords.nameSlot(tokens, a, floor);
    }

    private static final long MAY_BE_GIVEN_NAME = WordFlags.newFlag();

    /**
     * A word whose readings include a given name, or عبد which starts one: the tests of the word alone that
     * {@link #givenNamePerson} makes, asked of nearly every Arabic token.
     */
    private static boolean mayBeGivenName(String n) {
        if (NameLexicon.isArabicStopAsWritten(n)) {
            return false; // «وأنا أقدم», «لدينا بتاريخ»: a pronoun or preposition spelled like a given name
        }
        for (String reading : Clitics.readings(n)) {
            if (NameLexicon.arabicGivenName(reading) != null || NameLexicon.opensCompoundGivenName(reading)
                    || reading.startsWith("عبدال") && reading.length() >= 7) {
                return true;
            }
        }
        return false;
    }

    private static boolean givenNamePerson(List<Token> tokens, int i, int end, MentionSink sink) {
        Token t = tokens.get(i);
        WordFlags.Word word = t.word();
        if (!(word.known(MAY_BE_GIVEN_NAME) ? word.is(MAY_BE_GIVEN_NAME) : word.set(MAY_BE_GIVEN_NAME, mayBeGivenName(t.norm())))) {
            return false;
        }
        boolean slot = ArabicWords.nameSlot(tokens, i, 0);
        for (String reading : Clitics.readings(t.norm())) {
            if (reading.length() < 4 && !reading.equals(t.norm()) && !Clitics.withoutConjunction(t.norm()).equals(reading)) {
                continue; // بيان is "statement", not ب + يان: a short name keeps its preposition only when written apart;
                // a short name read whole (فهد) is no clitic
            }
            if (slot && reading.length() < t.norm().length() && !t.norm().startsWith("ل")) {
                break; // «قال فلورنس …»: right after a verb of saying the word is the subject's name as written
            }
            String given = NameLexicon.arabicGivenName(reading);
            int next = i + 1;
            String compound = next < end ? NameLexicon.compoundGivenName(reading, tokens.get(next).norm()) : null;
            if (compound != null) {
                given = compound; // «نور الدين داودي», «عبد العزيز»: a given name in two words, the family name after both
                next++;
            } else if (given == null && reading.equals("عبد") && next < end) {
                String divine = tokens.get(next).norm();
                if (divine.startsWith("ال") && divine.length() >= 5 && !NameLexicon.isArabicStop(divine)) {
                    given = reading; // «عبد المالك», «عبد الكريم»: عبد before one of the divine names, all definite
                }
                next++;
            } else if (given == null && reading.startsWith("عبدال") && reading.length() >= 7) {
                given = reading; // the same name written as one word: «عبدالمالك»
            }
            if (given != null && next < end && tokens.get(next).norm().startsWith("و") && sink.familyNameOfPerson(reading)) {
                return false; // «جين وفيتشن»: two family names already met, joined by و, not a given name and a surname
            }
            int fathersName = given == null ? -1 : afterFatherAli(tokens, next, end, sink);
            if (fathersName > 0) {
                return addPerson(tokens, i, fathersName, MentionSink.cliticChars(t, reading), sink);
            }
            if (given != null && next < end && !sink.covered(next) && nameWord(tokens.get(next), true)
                    && !forPhrase(tokens, next, end) && !titleNoName(tokens, next, end)) {
                // «أشرف رئيس الحكومة فلان»: a title after a given name's spelling opens the person named after it, the
                // word before being a verb («أشرف») or a name the title is apposed to
                int to = nameEnd(tokens, next, end, sink); // "محمد شياع السوداني": a family nisba after the second name
                EntityType cue = i > 0 && !definiteCue(tokens.get(i - 1).norm()) ? Cues.before(tokens, i, i - 1) : null;
                if (cue == EntityType.PRODUCT || cue == EntityType.ORGANIZATION) {
                    return sink.add(i, to, MentionSink.cliticChars(t, reading), cue, null, null); // «خدمة كريم باص»
                }
                return addPerson(tokens, i, to, MentionSink.cliticChars(t, reading), sink);
            }
        }
        return false;
    }

    /**
     * A name written only in quotes, whatever comes before it: «فورترس», "ليب-بو تان". One to four words with no
     * function word; a person when a title or «منصب» follows, else a product or organization by the cue before it.
     */
    private static void quotedName(List<Token> tokens, int open, int end, MentionSink sink) {
        boolean employer = titlesEmployer(tokens, open);
        int close = open + 1;
        while (close < end && close < open + 8 && !Cues.isQuote(tokens.get(close).surface())) {
            Token w = tokens.get(close);
            boolean joiner = (w.is("-") || (w.script() == Script.NUMBER && w.norm().length() <= 3)) && close > open + 1;
            boolean numbered = close == open + 1 && close + 1 < end && tokens.get(close + 1).script() == Script.NUMBER;
            // «"إس تي في"», «"أو إن تي"»: letter names spelling an acronym, «في» or an opening «أو» among them, are no
            // function words
            boolean spelled = ArabicLetterNames.is(w.norm()) && (close > open + 1 && ArabicLetterNames.is(tokens.get(close - 1).norm())
                    || close + 1 < end && ArabicLetterNames.is(tokens.get(close + 1).norm()));
            if (!joiner && (w.script() != Script.ARABIC || (NameLexicon.isArabicStop(w.norm()) && !numbered && !spelled)
                    || w.norm().startsWith("ال") && !employer)) {
                return;
            }
            close++;
        }
        int words = close - open - 1;
        if (close >= end || words < 1 || words > 5 || !sink.free(open + 1, close)
                || (words == 1 && !employer && !singleName(tokens.get(open + 1).norm())) || ArabicRoles.match(tokens, open + 1, close) != null
                || joinedVerbs(tokens, open + 1, close) || indefiniteAccusative(tokens, open + 1, close, sink)) {
            return; // «مدير» quotes a title, «يتشرف ويفخر» a phrase, «شريكا استراتيجيا» a description
        }
        if (employer) {
            sink.add(open + 1, close, 0, EntityType.ORGANIZATION, null, null);
            return;
        }
        EntityType type = Cues.before(tokens, open + 1, Math.max(0, open - 3));
        if (type == null && Cues.madeThingBefore(tokens, open + 1, Math.max(0, open - 3))) {
            type = EntityType.PRODUCT;
        }
        boolean person = close + 1 < end && (tokens.get(close + 1).norm().contains("منصب")
                || ArabicRoles.match(tokens, close + 1, end) != null
                || (close + 2 < end && isComma(tokens.get(close + 1)) && ArabicRoles.match(tokens, close + 2, end) != null));
        boolean apposed = person && close + 1 < end && tokens.get(close + 1).norm().startsWith("ال");
        if ((person && words >= 2) || (apposed && type != EntityType.ORGANIZATION) || (words >= 2 && words <= 3 && type != EntityType.ORGANIZATION
                && NameLexicon.arabicGivenName(tokens.get(open + 1).norm()) != null)) {
            // “جيف وليامز”: a given name opens it, unless شركة/موقع stands before the quote; a lone surname takes a
            // definite title in apposition (“كوفالسكي” المدير التنفيذي), where a company would take an accusative one
            type = EntityType.PERSON;
        }
        sink.add(open + 1, close, 0, type != null ? type : EntityType.ORGANIZATION, null, null);
    }

    /**
     * «"شريكا استراتيجيا"», «"مستشارا تكنولوجيا"», «"لاعبا رئيسيا"»: an indefinite noun in the accusative (its tanween
     * written as alif) and the nisba adjective agreeing with it: what someone becomes or is chosen as, quoted for
     * emphasis, never a name.
     */
    private static boolean indefiniteAccusative(List<Token> tokens, int from, int to, MentionSink sink) {
        String first = tokens.get(from).norm();
        String last = tokens.get(to - 1).norm();
        return to - from >= 2 && first.length() >= 4 && first.endsWith("ا") && !first.startsWith("ال")
                && last.length() >= 4 && last.endsWith("يا") && !last.startsWith("ال")
                && !sink.placeAt(to - 1); // «"تويوتا آسيا"»: a company named for its region
    }

    /** The preposition a title's employer follows when written apart from it: «لـ», «لدى». */
    private static final Set<String> EMPLOYER_LINKS = ArabicWords.folded("ل", "لـ", "لدى");

    /**
     * «المدير العام لـ«الأفق للتجارة»», «الرئيس التنفيذي لـ"نون"»: a quote right after a title's detached «لـ» holds its
     * employer's name, whatever its words (the article, one short word).
     */
    private static boolean titlesEmployer(List<Token> tokens, int open) {
        int link = open - 1;
        if (link < 1 || !EMPLOYER_LINKS.contains(tokens.get(link).norm())) {
            return false;
        }
        for (int j = Math.max(0, link - 5); j < link; j++) {
            RoleMatch role = ArabicRoles.match(tokens, j, link);
            if (role != null && role.endToken() == link) {
                return true;
            }
        }
        return false;
    }

    /** "يتشرف ويفخر": imperfect verbs joined by و, a quoted phrase rather than a name. */
    private static boolean joinedVerbs(List<Token> tokens, int from, int to) {
        boolean joined = false;
        for (int k = from; k < to; k++) {
            String n = tokens.get(k).norm();
            if (k > from && n.startsWith("و") && n.length() > 3) {
                joined = true;
                n = n.substring(1);
            }
            char c = n.charAt(0);
            if (n.length() < 4 || (c != 'ي' && c != 'ت' && c != 'ن')) {
                return false;
            }
        }
        return joined;
    }

    /** A lone quoted word is a name unless it has the endings of a plural, a feminine noun or a verb («مستعدون»). */
    private static boolean singleName(String n) {
        return n.length() >= 3 && !n.endsWith("ون") && !n.endsWith("ين") && !n.endsWith("ات") && !n.endsWith("ه")
                && !n.endsWith("وا") && !n.startsWith("سي") && !n.startsWith("ست") && !n.startsWith("سن");
    }

    /**
     * A masculine nisba closing a person's name (السوداني، العتيبي): definite, ending in ي, no common adjective.
     * Family names are masculine nisbas, of countries too (السويدي، المصري).
     */
    private static boolean familyNisba(List<Token> tokens, int k, int end, MentionSink sink) {
        if (k >= end || sink.covered(k)) {
            return false;
        }
        String n = tokens.get(k).norm();
        return n.startsWith("ال") && n.endsWith("ي") && n.length() >= 6 && nameWord(tokens.get(k), true)
                && !NOT_NISBAS.contains(n) && !(verbalNoun(n) && !ArabicWords.nationality(n))
                && ArabicRoles.match(tokens, k, end) == null;
    }

    /**
     * «سامي يوسف ياسين», «رامي جاد الله»: the grandfather's given name after the father's (the name ends there), or the
     * divine name that closes a compound one.
     */
    private static boolean thirdName(List<Token> tokens, int k, int end, MentionSink sink) {
        if (k >= end || sink.covered(k)) {
            return false;
        }
        Token t = tokens.get(k);
        // a name word after it would leave «خالد يوسف ماجد ناصر» two people or one: the third is taken only where the name ends
        return t.is("الله") || nameWord(t, true) && !t.norm().startsWith("ال") && NameLexicon.arabicGivenName(t.norm()) != null
                && (k + 1 == end || !nameWord(tokens.get(k + 1), true));
    }

    /** "التخلي", "التولي", "التعافي": verbal nouns (forms V and VI of a weak root) that end in ي like a nisba. */
    private static boolean verbalNoun(String n) {
        return n.startsWith("الت") && (n.length() == 6 || (n.length() == 7 && n.charAt(4) == 'ا'));
    }

    /** «كوانتيكس الناشئة», «زيفر العملاقة»: feminine adjectives that describe a company as nationality ones do. */
    private static final Set<String> COMPANY_ADJECTIVES = ArabicWords.folded("الناشئة", "العملاقة");

    /**
     * "كريم الإماراتية", "سويفل المصرية", «كوانتيكس الناشئة»: an undefined word right before a feminine adjective of
     * nationality, or of a company's kind, is a proper noun (a common noun would need the article), and the feminine
     * agreement makes it a company, not a man.
     */
    private static boolean nationalCompany(List<Token> tokens, int i, int end, MentionSink sink) {
        if (i + 1 >= end || sink.covered(i + 1) || !tokens.get(i + 1).norm().startsWith("ال")) {
            return false; // cheap tests first: this runs on every Arabic word no other rule took
        }
        boolean kind = COMPANY_ADJECTIVES.contains(tokens.get(i + 1).norm());
        if (!kind && !tokens.get(i + 1).norm().endsWith("يه")) {
            return false;
        }
        Token t = tokens.get(i);
        String reading = Clitics.withoutConjunction(t.norm());
        String adjective = tokens.get(i + 1).norm();
        // «بالسوق المصرية», «للاستثمار الإماراتية»: the article under a preposition makes a common noun, no name
        if (reading.length() < 3 || ArabicOrganizations.definite(reading) || NameLexicon.isArabicStop(t.norm()) || possessed(reading)
                || Cues.ARABIC.containsKey(Clitics.bare(reading)) || reading.endsWith("ه") || reading.endsWith("ات")
                || !kind && !ArabicWords.nationalityNotSurname(adjective)
                || ArabicWords.verbAfterName(t.norm()) || ArabicRoles.match(tokens, i, end) != null) {
            return false;
        }
        return sink.add(i, i + 1, MentionSink.cliticChars(t, reading), EntityType.ORGANIZATION, null, null);
    }

    /** "بالشركة", "الخدمة": a cue noun with the article names no one after it ("المسؤول بالشركة طارق نبيل"). */
    private static boolean definiteCue(String n) {
        for (String r : Clitics.readings(n)) { // a loop, not a stream's lambda: the first document pays its class
            if (r.startsWith("ال")) {
                return true;
            }
        }
        return n.startsWith("لل");
    }

    /**
     * «التجارية», «بالإنابة»: a definite feminine adjective or noun (with ب, "as acting"); family names are masculine
     * nisbas (السويدي), and the short ones that end in ة (العطية) stay names.
     */
    private static boolean feminineAdjective(String n) {
        return n.length() >= 7 && n.endsWith("يه") && n.startsWith("ال") || n.length() >= 7 && n.endsWith("ه") && n.startsWith("بال");
    }

    /** "أصولنا", "منتجاتها": a noun with a possessive pronoun, definite already, so an adjective may follow it. */
    static boolean possessed(String n) {
        return n.endsWith("نا") || n.endsWith("ها") || n.endsWith("هم") || n.endsWith("كم");
    }

    /**
     * «أحمد علي مفتاح،»: the father's name علي, written with ي (the preposition على has ى), then the family name where the
     * name closes (punctuation, its verb or title, «إن»); the end of the name, or -1. Never a name ending on علي, whose
     * folded spelling is the preposition's.
     */
    private static int afterFatherAli(List<Token> tokens, int k, int end, MentionSink sink) {
        if (k + 1 >= end || !tokens.get(k).surface().equals(ALI) || sink.covered(k + 1) || !nameWord(tokens.get(k + 1), true)) {
            return -1;
        }
        int after = k + 2;
        return closes(tokens, after, end) ? after : -1;
    }

    /** The name Ali as written, which folding makes the preposition على. */
    private static final String ALI = "علي";
    private static final long NAME_WORD = WordFlags.newFlag();
    private static final long LATER_NAME_WORD = WordFlags.newFlag();

    /** A word that can be part of a person's name; {@code later}: not the first (may carry the article: الشافعي). */
    static boolean nameWord(Token t, boolean later) {
        if (t.script() != Script.ARABIC || prepositionOnHamza(t.surface())) {
            return false;
        }
        WordFlags.Word word = t.word();
        long flag = later ? LATER_NAME_WORD : NAME_WORD;
        return word.known(flag) ? word.is(flag) : word.set(flag, nameWord(t.norm(), later));
    }

    /**
     * «بأصول», «لإيكونوميك», «وبإعادة»: ب or ل written right before a hamza on alif is a preposition glued to the word,
     * as no name begins so; read on the surface, which folding strips of the hamza.
     */
    private static boolean prepositionOnHamza(String surface) {
        int k = surface.startsWith("و") || surface.startsWith("ف") ? 1 : 0;
        if (surface.length() < k + 3 || surface.charAt(k) != 'ب' && surface.charAt(k) != 'ل') {
            return false;
        }
        int h = k + 1;
        while (h < surface.length() && surface.charAt(h) >= '\u064B' && surface.charAt(h) <= '\u0652') {
            h++; // a vowel mark on the preposition
        }
        return h < surface.length() && (surface.charAt(h) == 'أ' || surface.charAt(h) == 'إ');
    }

    /** Family names that begin with «و» and read as «و» and a given name: «وهبة» is no «و» + «هبة». */
    private static final Set<String> FAMILY_NAMES_ON_WA = ArabicWords.folded("وهبة", "وهبي", "وهيبة");

    /**
     * «سامر وأحمد رضوان», «بركات وعلي حسن»: «و» glued to a given name, short ones too, which opens the next person's
     * name; not a family name written so («سامي وهبة»).
     */
    private static boolean conjoinedGivenName(String n) {
        return n.startsWith("و") && n.length() > 2 && !FAMILY_NAMES_ON_WA.contains(n) && NameLexicon.arabicGivenName(n) == null
                && NameLexicon.arabicGivenName(n.substring(1)) != null;
    }

    private static boolean nameWord(String n, boolean later) {
        if (n.length() < 2 || NameLexicon.isArabicStop(n)) {
            return false;
        }
        if (n.startsWith("لل") || !later && (n.startsWith("ال") || n.startsWith("بال") || n.startsWith("وال"))) {
            return false; // «عبدالعزيز للعلوم»: ل + the article, "for the sciences", is in no name
        }
        if (ArabicWords.verbAfterName(n) || (later && !NAME_LINKS.contains(n) && ArabicWords.nationalityNotSurname(n))) {
            return false; // "مويرز سيصبح", "مارتن البريطانية"
        }
        if ((n.startsWith("ل") || n.startsWith("ب")) && OFFICE_NOUNS.contains(n.substring(1))) {
            // «خلفًا لهارتلي لرئاسة المجلس»: ل + the office taken, after the name of the one replaced; «تعيين فلان
            // بمنصب المدير»: ب + the office he is given
            return false;
        }
        if (!later && ArabicWords.isIn(ArabicWords.INDUSTRIES, n)) {
            return false; // «وزير الاتصالات وتكنولوجيا المعلومات»: an industry's noun goes on the title, no name opens there
        }
        if (!later && (verbalNounOfFormTwo(n) || verbalNounOfFormThree(n))) {
            return false; // «تم تعيين الباكر رئيسا», «بتحديد راتب المدير», «بمضاعفة حصتها»: "appointing", "doubling"
        }
        if (!later && ArabicWords.PLACE_CUES.contains(Clitics.bare(n))) {
            return false; // «الرئيس لولاية ثالثة», «الوزير بمدينة …»: a kind of place, whose name may follow, is none
        }
        if (n.startsWith("و") && n.length() >= 6 && possessed(n)) {
            return false; // «ومديرها», «وشريكهم»: "and its director", a noun owned by a pronoun, never a name
        }
        if (later && (NOT_NISBAS.contains(n) || EPITHETS.contains(n) || feminineAdjective(n))) {
            return false; // «كريم التجارية», «… التنفيذي»: an adjective of the word before, not a family name
        }
        if (later && conjoinedGivenName(n)) {
            return false; // «الشقيقان سامر وأحمد رضوان»: two brothers, no family name «وأحمد»
        }
        if (later && ArabicRoles.conjoined(n)) {
            return false; // «… بن ذياب والمدير العام لشركة X»: «و» and a title open the next person's, not a name word
        }
        return Cues.arabicCue(n) == null && !BODIES.contains(Clitics.bare(n)) && !BODIES.contains(n); // فريق is no ف + ريق
    }

    /**
     * «تعيين», «تحديد», «تطوير»: the verbal noun of a form II verb (تفعيل), with a conjunction or preposition at most; a
     * given name of that shape (توفيق) is listed and stays one.
     */
    static boolean verbalNounOfFormTwo(String n) {
        String b = Clitics.withoutConjunction(n);
        if (b.length() == 6 && (b.startsWith("ب") || b.startsWith("ل"))) {
            b = b.substring(1);
        }
        return b.length() == 5 && b.charAt(0) == 'ت' && b.charAt(3) == 'ي' && NameLexicon.arabicGivenName(b) == null;
    }

    /**
     * «مضاعفة», «بمشاركة», «لمتابعة»: the verbal noun of a form III verb (مفاعلة), with a conjunction or preposition at
     * most; no given name has that shape.
     */
    static boolean verbalNounOfFormThree(String n) {
        String b = Clitics.withoutConjunction(n);
        if (b.length() == 7 && (b.startsWith("ب") || b.startsWith("ل"))) {
            b = b.substring(1);
        }
        return b.length() == 6 && b.charAt(0) == 'م' && b.charAt(2) == 'ا' && b.endsWith("ه")
                && NameLexicon.arabicGivenName(b) == null;
    }

    /** Nouns of an office or of holding one, which follow a name under ل or ب: «لرئاسة», «بمنصب», «لإدارة», «لعضوية». */
    private static final Set<String> OFFICE_NOUNS = ArabicWords.folded("رئاسة", "منصب", "إدارة", "قيادة", "عضوية", "تولي");

    static boolean addPerson(List<Token> tokens, int from, int to, int skip, MentionSink sink) {
        if (to - from >= 2 && tokens.get(from).norm().endsWith("ها") && ArabicRoles.match(tokens, from, to) != null) {
            from++; // «خلفا لمؤسسها سمير العلوي»: a title of the company ("its founder") is no given name
            skip = 0;
        }
        while (skip == 0 && from > 0 && from > to - 4 && initial(tokens.get(from - 1)) && sink.free(from - 1, from)) {
            from--; // «جي كيه شين»: the Latin initials spelled out before the name (J. K. Shin) are the person's
        }
        int conjunction = skip == 0 ? conjunctionBeforeGivenName(tokens.get(from)) : 0;
        return sink.add(from, to, skip + conjunction, EntityType.PERSON, null, null);
    }

}
