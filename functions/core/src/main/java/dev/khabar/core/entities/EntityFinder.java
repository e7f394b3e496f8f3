package dev.khabar.core.entities;

import dev.khabar.core.dates.MonthNames;
import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.ArabicLetterNames;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Finds the names of a text: known names first (gazetteer), then names found by the patterns of each language.
 * Stateless; safe to share between threads.
 */
public final class EntityFinder {
    /** Words a company's legal or long name adds to its short one: Cisco Systems, BlackBerry Ltd, هواوي تكنولوجيز. */
    private static final Set<String> CORPORATE_SUFFIXES = CompanySuffixes.KEY;
    /** Words that make a known company's name the name of one of its units. */
    static final Set<String> DIVISIONS = WordSet.of("labs", "lab", "ventures", "capital", "research", "foundation",
            "technology", "investors", "partners", "management", "securities", "services", "solutions", "lighting", "energy",
            "healthcare", "pharma", "pharmacy", "pharmaceuticals", "electronics", "aerospace", "automotive", "logistics", "insurance",
            // the lines of business a media or consumer group names its divisions by: "Disney Parks", "Sony Pictures"
            "parks", "resorts", "studios", "pictures", "entertainment", "products", "experiences",
            // the businesses an airline, a carmaker, a platform or a telecom group names its units by: "Qantas Loyalty",
            // "Google Cloud", "Orange Wireless"
            "loyalty", "cargo", "mobility", "payments", "cloud", "wireless", "broadband",
            // the trades an industrial group names its contracting arms by: "Samsung Engineering", "Hyundai Construction"
            "engineering", "construction",
            // the regions a multinational names its regional arms by: "Microsoft GCR", "Oracle EMEA"
            "gcr", "emea", "latam", "anz");
    /** Words that name a part of a place: "South East Asia", "Middle Tennessee", "Central Europe". */
    private static final Set<String> REGION_WORDS = WordSet.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "middle", "northeast", "northwest", "southeast", "southwest");
    /** Words that open the name of a town or feature named after another place: Fort Washington, Lake Geneva. */
    private static final Set<String> PLACE_PREFIXES = WordSet.of("fort", "port", "mount", "lake", "cape");
    private static final Set<String> SCALE_WORDS = WordSet.of("million", "billion", "trillion", "bn", "mn", "m", "b");
    private final Gazetteer gazetteer = Gazetteer.get();

    /**
     * Mentions in token order.
     *
     * @param titleSentences how many leading sentences are a headline (title case: only known names are taken there)
     */
    public List<Mention> find(String text, List<Token> tokens, List<Sentence> sentences, int titleSentences) {
        MentionSink sink = new MentionSink(text, tokens);
        for (Sentence s : sentences) {
            ArabicProducts.find(tokens, s, sink); // before the gazetteer, which knows the family alone (آيفون)
            Governments.find(tokens, s, sink); // before the gazetteer, which would take the country alone
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Gazetteer.Match m = gazetteer.match(tokens, i, s.endToken());
                if (m != null && ArabicNames.childOfKnown(m.entry().type(), tokens, i, s.firstToken())) {
                    i = m.endToken() - 1; // «لطيفة بنت محمد بن راشد آل مكتوم»: the child, whom the name patterns take whole
                    continue;
                }
                if (m == null || placeStartingName(m, tokens, s.endToken()) || currencyQualifier(m, tokens, i) || sumAfterSign(tokens, i)
                        || insideHyphenatedGivenName(tokens, i) || afterGivenName(m, tokens, i) || familyArticle(m, tokens, i)
                        || constructPlace(m, tokens, i)
                        || afterUnknownWord(m, tokens, i, s.firstToken()) || prepositionInNameSlot(m, tokens, i, s)
                        || nationalityAdjective(m, tokens, i)
                        || productOfCompany(m, tokens, s.endToken()) || arabicUnit(m, tokens, i, s.endToken())
                        || titleAbbreviation(m, tokens, i, s.endToken()) || lettersGoOn(m, tokens, s.endToken())
                        || VerbalNounNames.inConstruct(m, tokens, i, s.endToken())) {
                    continue;
                }
                int end = m.endToken();
                if (m.entry().type() == EntityType.ORGANIZATION && nationalOfGenericName(tokens, i, end, s.endToken())
                        && sink.addKnown(i, end + 1, m.firstReading(), EntityType.ORGANIZATION, null, null)) {
                    i = end; // «البنك الأهلي الأردني» is not «البنك الأهلي» (Egypt's): the country's adjective tells which
                    continue;
                }
                if (m.entry().type() == EntityType.ORGANIZATION && unitAfter(tokens, end, s.endToken())) {
                    continue; // "Motorola Labs", "General Dynamics Information Technology": a unit of its own
                }
                int country = m.entry().type() == EntityType.ORGANIZATION ? countryOpening(tokens, i, m.entry(), sink) : -1;
                if (country >= 0) {
                    sink.dropPlacesIn(country, i);
                    if (sink.addKnown(country, end, m.firstReading(), EntityType.ORGANIZATION, m.entry(), m.entry().name())) {
                        i = end - 1; // "the US Securities and Exchange Commission": the country its known name opens on
                        continue;
                    }
                }
                int countryUnit = m.entry().type() == EntityType.ORGANIZATION ? countryUnit(tokens, i, end, s.endToken()) : -1;
                if (countryUnit > end && sink.add(i, countryUnit, 0, EntityType.ORGANIZATION, null, null)) {
                    i = countryUnit - 1;
                    continue;
                }
                // «أوراسكوم تيليكوم الجزائر»: the company's long name (its key suffix) may stand before the unit's country
                int unitFrom = end + 1 < s.endToken() && suffix(tokens.get(end)) ? end + 1 : end;
                int arabicUnit = m.entry().type() == EntityType.ORGANIZATION && end < s.endToken()
                        ? CountryUnits.arabicUnitEnd(gazetteer, tokens, i, unitFrom, s.endToken()) : -1;
                // a known name inside the unit is the unit's own, unless it starts in the long name's suffix: «أوراسكوم
                // للاتصالات تونس» is Orascom's unit, though «الاتصالات تونس» reads as another company's name
                Gazetteer.Match inner = arabicUnit > end && unitFrom == end ? knownUnitInside(tokens, i, arabicUnit) : null;
                if (inner != null && sink.addKnown(i, arabicUnit, m.firstReading(), EntityType.ORGANIZATION, inner.entry(),
                        inner.entry().name())) {
                    i = arabicUnit - 1; // «مجموعة اتصالات المغرب»: the unit's own known name (اتصالات المغرب), with its cue
                    continue;
                }
                String unitName = arabicUnit > end ? m.entry().name() + " " + gazetteer.match(tokens,
                        CountryUnits.arabicUnitCountry(tokens, unitFrom, s.endToken()), s.endToken()).entry().name() : null;
                if (arabicUnit > end && sink.addKnown(i, arabicUnit, m.firstReading(), EntityType.ORGANIZATION, null, unitName,
                        unitName)) {
                    i = arabicUnit - 1; // «عوده مصر», «اتصالات المغرب»: the company's unit in the country, named in English
                    continue;
                }
                while (m.entry().type() == EntityType.ORGANIZATION && end < s.endToken() && suffix(tokens.get(end))) {
                    end++; // "United Airlines Holdings Inc": each of the known name's endings
                }
                boolean latin = tokens.get(i).script() == Script.LATIN; // Arabic models: ArabicProducts
                int model = !latin ? end : m.entry().type() == EntityType.PRODUCT ? ProductModels.extend(tokens, end, s.endToken())
                        : m.entry().type() == EntityType.ORGANIZATION
                        ? ProductModels.afterBrand(tokens, end, s.endToken(), Cues.before(tokens, i, s.firstToken()) == EntityType.PRODUCT) : end;
                if (latin && m.entry().type() == EntityType.PRODUCT) {
                    model = Math.max(model, quotedModel(text, tokens, i, end, s.endToken()));
                }
                if (model > end && sink.add(i, model, 0, EntityType.PRODUCT, null, null)) {
                    i = model - 1; // "<family> 8 Pro", "<brand> Pay": the model's own name, not the family's
                    continue;
                }
                if (m.entry().type() == EntityType.PERSON) {
                    // "Hamdan bin Mohammed" + "bin Rashid Al Maktoum", «عبدالعزيز بن سلمان» + «بن عبدالعزيز آل سعود»
                    end = latin ? patronymicEnd(tokens, end, s.endToken()) : ArabicNames.lineageEnd(tokens, end, s.endToken());
                }
                if (latin && m.entry().type() == EntityType.LOCATION && i > s.firstToken() && !sink.covered(i - 1)
                        && tokens.get(i - 1).capitalized() && PLACE_PREFIXES.contains(tokens.get(i - 1).norm())
                        && sink.add(i - 1, end, 0, EntityType.LOCATION, null, null)) {
                    i = end - 1; // "Fort Washington", "Lake Geneva": another place, named after the known one
                    continue;
                }
                int region = latin && m.entry().type() == EntityType.LOCATION
                        ? regionStart(tokens, i, s.firstToken(), sink) : i;
                if (region < i && sink.add(region, end, 0, EntityType.LOCATION, null, null)) {
                    i = end - 1; // "South East Asia", "Middle Tennessee": a region of the known place, named with it
                    continue;
                }
                GazetteerEntry entry = end == i + 1 ? OmanOrAmman.place(tokens, i, s.firstToken(), m.entry()) : m.entry();
                if (sink.addKnown(i, end, m.firstReading(), entry.type(), entry, entry.name())) {
                    i = end - 1;
                }
            }
        }
        Kingdom.find(tokens, sink);
        for (Sentence s : sentences) {
            ArabicNames.datedPlace(tokens, s, sink);
        }
        for (int k = titleSentences; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            ArabicNames.find(tokens, s, sink);
            ArabicDealObjects.find(tokens, s, sink);
            ArabicCompanyLists.find(tokens, s, sink);
            ArabicNameLists.find(tokens, s, sink);
            ArabicLaunchedProducts.find(tokens, s, sink);
        }
        Repeats.find(tokens, sentences, titleSentences, sink);
        LatinNames.find(tokens, sentences, titleSentences, sink);
        Surnames.find(tokens, sentences, titleSentences, sink);
        PronounPeople.find(tokens, sentences, titleSentences, sink);
        LowerCaseNames.find(tokens, sink);
        TransliteratedNames.find(tokens, sink);
        Aliases.find(tokens, sink);
        SpelledOutAcronyms.drop(tokens, sink);
        MinistryDomains.link(tokens, sink);
        return sink.sorted();
    }

    /** Letter names that are function words too: «إن» (that), «أو» (or), «في» (in). */
    private static final Set<String> LETTERS_AS_WORDS = ArabicWords.folded("إن", "أو", "في");

    /** «بي بي إي» is no «بي بي» (BP): a known name spelled in Arabic letter names, with one more letter after it. */
    private static boolean lettersGoOn(Gazetteer.Match m, List<Token> tokens, int limit) {
        int end = m.endToken();
        String next = end < limit ? tokens.get(end).norm() : "";
        return ArabicLetterNames.is(next) && !LETTERS_AS_WORDS.contains(next) && ArabicLetterNames.is(tokens.get(end - 1).norm());
    }

    /**
     * "US Securities and Exchange Commission" where the known name is "U.S. Securities and Exchange Commission": the
     * place found right before a known organization whose name opens on that place, spelled with or without its dots.
     * Returns the place's first token, or -1.
     */
    private static int countryOpening(List<Token> tokens, int i, GazetteerEntry entry, MentionSink sink) {
        Mention place = i > 0 ? sink.at(i - 1) : null;
        if (place == null || place.type() != EntityType.LOCATION || place.endToken() != i) {
            return -1;
        }
        String name = entry.name();
        int space = name.indexOf(' ');
        String opening = space > 0 ? name.substring(0, space).replace(".", "") : "";
        return !opening.isEmpty() && opening.equals(place.surface().replace(".", "")) ? place.startToken() : -1;
    }

    private static final Set<String> PATRONYMIC_LINKS = WordSet.of("bin", "bint", "ibn");

    /**
     * The end of the rest of a Gulf name written after a known short form: more "bin X" links and the family's "Al X"
     * ("Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum" after the known "Hamdan bin Mohammed"), or {@code end}.
     */
    private static int patronymicEnd(List<Token> tokens, int end, int limit) {
        int k = end;
        while (k + 1 < limit && PATRONYMIC_LINKS.contains(tokens.get(k).norm()) && capitalizedLatin(tokens.get(k + 1))) {
            k += 2;
        }
        if (k > end && k + 1 < limit && tokens.get(k).surface().equals("Al") && capitalizedLatin(tokens.get(k + 1))) {
            k += 2;
        }
        return k;
    }

    private static boolean capitalizedLatin(Token t) {
        return t.script() == Script.LATIN && t.capitalized();
    }

    /**
     * The first of the capitalized compass words written right before the known place at {@code i}, or {@code i}; one
     * may be glued to it by a hyphen ("North-East England").
     */
    private static int regionStart(List<Token> tokens, int i, int floor, MentionSink sink) {
        int k = i;
        while (k - 1 >= floor && k > i - 2 && !sink.covered(k - 1) && tokens.get(k - 1).capitalized()
                && REGION_WORDS.contains(tokens.get(k - 1).norm())) {
            k--;
        }
        if (k - 2 >= floor && tokens.get(k - 1).is("-") && tokens.get(k - 1).start() == tokens.get(k - 2).end()
                && tokens.get(k).start() == tokens.get(k - 1).end() && !sink.covered(k - 2) && tokens.get(k - 2).capitalized()
                && REGION_WORDS.contains(tokens.get(k - 2).norm())) {
            k -= 2;
        }
        return k;
    }

    /**
     * Whether up to three capitalized words after a known company end in a unit's word (the name patterns then take
     * the unit whole): "Intel Capital", "Goldman Sachs Asset Management", "General Dynamics Information Technology".
     */
    private boolean unitAfter(List<Token> tokens, int end, int limit) {
        for (int k = end; k < Math.min(limit, end + 3); k++) {
            Token t = tokens.get(k);
            if (t.script() != Script.LATIN || !t.capitalized() || (k > end && gazetteer.match(tokens, k, limit) != null)) {
                return false;
            }
            if (DIVISIONS.contains(t.norm()) || (t.is("bank") && k + 1 < limit && tokens.get(k + 1).is("of"))) {
                return true; // "Federal Reserve Bank of Boston"
            }
            if (k > end && LatinNames.LEGAL_ENDINGS.contains(t.norm()) && !CORPORATE_SUFFIXES.contains(tokens.get(k - 1).norm())) {
                return true; // "Vitol Asia Pte Ltd": a registered unit of the known company, named for its region
            }
        }
        return false;
    }

    /** A known organization that starts inside [i, unitEnd) after {@code i} and ends with it, or null. */
    private Gazetteer.Match knownUnitInside(List<Token> tokens, int i, int unitEnd) {
        for (int k = i + 1; k < unitEnd - 1; k++) {
            Gazetteer.Match m = gazetteer.match(tokens, k, unitEnd);
            if (m != null && m.endToken() == unitEnd && m.entry().type() == EntityType.ORGANIZATION) {
                return m;
            }
        }
        return null;
    }

    /**
     * The end of the place in "Huawei Turkey CEO X", "Microsoft UAE, a subsidiary": a known company's unit in a country
     * or region ({@link CountryUnits}); -1 when no such place follows.
     */
    private int countryUnit(List<Token> tokens, int start, int end, int limit) {
        if (end >= limit || tokens.get(end).script() != Script.LATIN || !tokens.get(end).capitalized()) {
            return -1;
        }
        Gazetteer.Match place = gazetteer.match(tokens, end, limit);
        return place != null && place.entry().type() == EntityType.LOCATION
                && CountryUnits.namesUnit(gazetteer, place.entry(), tokens, start, place.endToken(), limit) ? place.endToken() : -1;
    }

    /**
     * "BlackBerry Spark, the platform it announced", "the Acme Nova app": a known company's name opening a product's
     * name, which the name patterns then take whole.
     */
    private boolean productOfCompany(Gazetteer.Match m, List<Token> tokens, int limit) {
        int end = m.endToken();
        if (m.entry().type() != EntityType.ORGANIZATION || end + 1 >= limit || !tokens.get(end).capitalized()
                || NameLexicon.isEnglishStop(tokens.get(end)) || NameLexicon.isEnglishTitle(tokens.get(end))
                || suffix(tokens.get(end)) || gazetteer.match(tokens, end, limit) != null) {
            return false;
        }
        return Cues.PRODUCT_AFTER.contains(tokens.get(end + 1).norm()) || LatinTypes.productApposition(tokens, end + 1, limit);
    }

    /**
     * Whether a known organization's Arabic name made of definite common words only («البنك الأهلي», «البنك المركزي»)
     * is followed by a definite adjective of nationality: such a name is a kind of body that many countries have, and
     * the adjective names another country's (the known one's own adjective, «البنك الأهلي المصري», is its longer
     * alias and matched whole). A company with a name of its own keeps it before a descriptive adjective («ميتا الأمريكية»).
     */
    private static boolean nationalOfGenericName(List<Token> tokens, int i, int end, int limit) {
        if (end >= limit || end - i < 2) {
            return false;
        }
        for (int k = i; k < end; k++) {
            String n = k == i ? Clitics.withoutConjunction(tokens.get(k).norm()) : tokens.get(k).norm();
            if (tokens.get(k).script() != Script.ARABIC || !n.startsWith("ال")) {
                return false;
            }
        }
        String next = tokens.get(end).norm();
        return next.startsWith("ال") && ArabicWords.nationality(next);
    }

    /**
     * "السوق السعودية", "الحكومة السعودية", «الشركة “الشمالية” السعودية», "العراقية والسعودية", "ونظيراتها السعودية":
     * a country name that is also its feminine adjective (السعودية), after a definite noun or adjective (a closing
     * quote between, or joined by و to another such adjective), is that adjective, not the place.
     */
    private static boolean nationalityAdjective(Gazetteer.Match m, List<Token> tokens, int i) {
        if (m.entry().type() != EntityType.LOCATION || m.endToken() != i + 1 || i == 0 || !m.firstReading().endsWith("يه")) {
            return false;
        }
        String written = tokens.get(i).norm();
        boolean joined = !m.firstReading().equals(written);
        if (joined && !(written.startsWith("و") && written.substring(1).equals(m.firstReading()))) {
            return false;
        }
        int k = i - 1;
        while (k > 0 && Cues.isQuote(tokens.get(k).surface())) {
            k--;
        }
        Token before = tokens.get(k);
        String n = before.norm();
        if (before.script() != Script.ARABIC || NameLexicon.isArabicStop(n)) {
            return false;
        }
        if (joined) {
            return n.startsWith("ال") && n.endsWith("يه"); // "العراقية والسعودية": two adjectives of one noun
        }
        return n.startsWith("ال") || n.startsWith("لل") || n.startsWith("بال") || n.endsWith("ها") || n.endsWith("هم");
    }

    /**
     * «شركة إيرباص للطائرات التجارية», «لشركة بوينغ للخدمات العالمية»: after a cue noun, a known company with a لل
     * complement names one of its units, which the cue's pattern then takes whole.
     */
    private boolean arabicUnit(Gazetteer.Match m, List<Token> tokens, int i, int limit) {
        int end = m.endToken();
        if (m.entry().type() != EntityType.ORGANIZATION || i == 0 || end >= limit || tokens.get(i).script() != Script.ARABIC
                || Cues.arabicCue(tokens.get(i - 1).norm()) == null || suffix(tokens.get(end))) {
            return false;
        }
        String next = tokens.get(end).norm();
        // «مجموعة سامسونج للاستثمارات», «مبادلة للاستثمار»: a company's investing arm goes by the company's name
        return next.startsWith("لل") && next.length() > 4 && !NameLexicon.isArabicStop(next) && !next.startsWith("للاستثمار")
                && !ArabicOrganizations.purposeComplement(tokens, end, limit) && !OF_NEWS.contains(next);
    }

    /** «وكالة رويترز للأنباء»: what a news agency is, said after its name, which names no unit of it. */
    private static final Set<String> OF_NEWS = ArabicWords.folded("للأنباء");

    /**
     * «the "Galaxy Nexus"», «"Android Beam", a function that…»: a known product opening a quoted name, with up to two
     * more capitalized words before the closing quote, names one model or feature of it; so do the same words
     * unquoted where the text quotes them elsewhere ("The Galaxy Nexus is…"). Returns the end of that name, or
     * {@code end} when there is none.
     */
    private static int quotedModel(String text, List<Token> tokens, int i, int end, int limit) {
        int k = end;
        while (k < limit && k < end + 2 && tokens.get(k).script() == Script.LATIN && tokens.get(k).capitalized()
                && !NameLexicon.isEnglishStop(tokens.get(k))) {
            k++;
        }
        if (k == end) {
            return end;
        }
        if (i > 0 && Cues.isQuote(tokens.get(i - 1).surface())) {
            return k < limit && Cues.isQuote(tokens.get(k).surface()) ? k : end;
        }
        String name = text.substring(tokens.get(i).start(), tokens.get(k - 1).end());
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int after = at + name.length();
            if (at > 0 && after < text.length() && Cues.isQuote(text.substring(at - 1, at))
                    && Cues.isQuote(text.substring(after, after + 1))) {
                return k;
            }
        }
        return end;
    }

    /** "Marie-Claude": a known name glued to a given name by a hyphen is the second half of that given name. */
    private static boolean insideHyphenatedGivenName(List<Token> tokens, int i) {
        return i >= 2 && tokens.get(i - 1).is("-") && tokens.get(i - 1).start() == tokens.get(i - 2).end()
                && tokens.get(i).start() == tokens.get(i - 1).end() && tokens.get(i - 2).capitalized()
                && NameLexicon.isLatinGivenName(tokens.get(i - 2));
    }

    /**
     * "He succeeds Anne Toulouse", "Samsung's Ryan Biden", "Nora Gartner, Halden Bank's vice president": a known
     * one-word name (a town, a famous surname, a company named after a family) right after a given name is the family
     * name of another person, whom the name patterns then take whole. A given name that is also a word ("Will Apple
     * buy …?") is no name.
     */
    private boolean afterGivenName(Gazetteer.Match m, List<Token> tokens, int i) {
        EntityType type = m.entry().type();
        if (m.endToken() != i + 1 || i == 0 || type == EntityType.PRODUCT || type == EntityType.FACILITY
                || gazetteer.countryCode(m.entry()) != null || !tokens.get(i).capitalized()) {
            return false;
        }
        Token given = tokens.get(i - 1);
        return given.capitalized() && given.end() + 1 == tokens.get(i).start() && NameLexicon.isLatinGivenName(given)
                && !(type == EntityType.ORGANIZATION && NameLexicon.isEnglishStop(given))
                && !(i >= 2 && tokens.get(i - 2).capitalized() && tokens.get(i - 2).end() + 1 == given.start());
    }

    /**
     * "said Hesham Abdulla al-Qassim": a known place or firm written with the small hyphened article right after a
     * capitalized word is a family name (a nisba), which the name patterns take whole with the given names; a place
     * after a noun of construct ("Ras al-Khaimah") or a lowercase word ("in al-Ula") stays a place.
     */
    private static boolean familyArticle(Gazetteer.Match m, List<Token> tokens, int i) {
        int article = i >= 3 && tokens.get(i - 1).is("-") ? i - 2 : m.endToken() >= i + 3 && tokens.get(i + 1).is("-") ? i : -1;
        if (article < 1 || m.entry().type() == EntityType.PERSON) {
            return false;
        }
        String written = tokens.get(article).surface();
        Token before = tokens.get(article - 1);
        return (written.equals("al") || written.equals("el")) && before.script() == Script.LATIN && before.capitalized()
                && before.end() < tokens.get(article).start() && !LatinTypes.constructOpener(before)
                && !CommonWords.isCommon(before.norm());
    }

    /**
     * "Ras al-Hikma", "Umm al-Quwain": a known firm's name after a noun of construct and the hyphened article is the
     * second half of a place's name, which the name patterns take whole.
     */
    private static boolean constructPlace(Gazetteer.Match m, List<Token> tokens, int i) {
        return m.entry().type() != EntityType.LOCATION && i >= 3 && tokens.get(i - 1).is("-") && tokens.get(i - 2).is("al")
                && tokens.get(i - 1).start() == tokens.get(i - 2).end() && LatinTypes.constructOpener(tokens.get(i - 3))
                && tokens.get(i - 3).capitalized();
    }

    /**
     * «أعلن كلاوس برينكمان»: right after a verb of saying, the word is its subject's name as written, so a place read by
     * taking ب/ل/ك off it (ك + لاوس) is no place when a name word follows; «قال لبنان» matches whole and stays.
     */
    private static boolean prepositionInNameSlot(Gazetteer.Match m, List<Token> tokens, int i, Sentence s) {
        Token t = tokens.get(i);
        if (m.entry().type() != EntityType.LOCATION || t.script() != Script.ARABIC || m.endToken() >= s.endToken()
                || Clitics.withoutConjunction(t.norm()).equals(m.firstReading()) || !ArabicWords.nameSlot(tokens, i, s.firstToken())) {
            return false;
        }
        Token next = tokens.get(m.endToken());
        return next.script() == Script.ARABIC && !next.norm().startsWith("و") && !NameLexicon.isArabicStop(next.norm());
    }

    /**
     * "the data provider Thomson Reuters", "live in Times Square": a known one-word company right after an unknown
     * capitalized word inside a sentence ends a longer name, which the name patterns then take whole.
     */
    private boolean afterUnknownWord(Gazetteer.Match m, List<Token> tokens, int i, int first) {
        if (m.endToken() != i + 1 || i - 1 <= first || m.entry().type() != EntityType.ORGANIZATION
                || tokens.get(i).script() != Script.LATIN) {
            return false;
        }
        Token before = tokens.get(i - 1);
        String n = before.norm();
        return before.capitalized() && before.end() + 1 == tokens.get(i).start() && !NameLexicon.isEnglishStop(before)
                && !NameLexicon.isEnglishTitle(before) && !NameLexicon.isEnglishTitleHead(n) && !before.surface().chars().allMatch(Character::isUpperCase)
                && gazetteer.match(tokens, i - 1, i + 1) == null && !Cues.ENGLISH.containsKey(n)
                && MonthNames.month(n) == null;
    }

    /**
     * "executive GM of stores": a known company's acronym after a title word and before "of" and a lower-case word is
     * the title's own abbreviation (general manager), not the company.
     */
    private static boolean titleAbbreviation(Gazetteer.Match m, List<Token> tokens, int i, int limit) {
        int end = m.endToken();
        return end == i + 1 && i > 0 && end + 1 < limit && Aliases.allCaps(tokens.get(i))
                && NameLexicon.isEnglishTitle(tokens.get(i - 1)) && tokens.get(end).is("of")
                && tokens.get(end + 1).script() == Script.LATIN && !tokens.get(end + 1).capitalized();
    }

    private static final Set<String> CURRENCY_SIGNS = Set.of("$", "£", "€", "¥");

    /** "a $3m contract", "£3m": a sum glued to its currency sign, not the company 3M. */
    private static boolean sumAfterSign(List<Token> tokens, int i) {
        return i > 0 && CURRENCY_SIGNS.contains(tokens.get(i - 1).surface()) && tokens.get(i - 1).end() == tokens.get(i).start()
                && Character.isDigit(tokens.get(i).surface().charAt(0));
    }

    /** "US$1.4 billion", "$157 U.S. a share", "$28 billion U.S.": the country names the dollar, not a place in the story. */
    private static boolean currencyQualifier(Gazetteer.Match m, List<Token> tokens, int i) {
        if (m.entry().type() != EntityType.LOCATION || tokens.get(i).script() != Script.LATIN
                || !Character.isUpperCase(tokens.get(i).surface().charAt(tokens.get(i).surface().length() - 1))) {
            return false;
        }
        int end = m.endToken();
        if (end < tokens.size() && tokens.get(end).is("$") && tokens.get(end).start() == tokens.get(end - 1).end()) {
            return true;
        }
        if (i == 0) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return before.script() == Script.NUMBER || SCALE_WORDS.contains(before.norm());
    }

    private static boolean suffix(Token t) {
        return t.script() == Script.ARABIC ? CORPORATE_SUFFIXES.contains(t.norm())
                : t.capitalized() && CORPORATE_SUFFIXES.contains(t.norm());
    }

    /**
     * A known place written as the first word of a longer Latin name (Gulf Telecom, Texas Instruments, Florida Power
     * Company) is part of that name, which the name patterns then take whole.
     */
    private boolean placeStartingName(Gazetteer.Match m, List<Token> tokens, int limit) {
        int end = m.endToken();
        if (m.entry().type() != EntityType.LOCATION || end >= limit || tokens.get(end - 1).script() != Script.LATIN) {
            return false;
        }
        Token next = tokens.get(end);
        return next.capitalized() && next.start() <= tokens.get(end - 1).end() + 1
                && !NameLexicon.isEnglishStop(next) && !NameLexicon.isEnglishTitle(next)
                && !next.surface().chars().allMatch(Character::isUpperCase) && gazetteer.match(tokens, end, limit) == null;
    }
}
