package dev.khabar.core.entities;

import dev.khabar.core.dates.DateReader;
import dev.khabar.core.dates.DayNames;
import dev.khabar.core.dates.MonthNames;
import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.numbers.Currencies;
import dev.khabar.core.roles.EnglishRoles;
import dev.khabar.core.text.NameAbbreviations;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Latin-script names nobody listed. In Arabic text any Latin run is a name (Scale AI، Play AI). In English text a
 * run of capitalized words is, once sentence openers, titles, months and demonyms are set aside; a lone capitalized
 * word opening a sentence counts only when the text capitalizes it elsewhere too.
 */
final class LatinNames {
    /** Verbs a company's name is the subject of: "Stripe has raised", "Acme India made". */
    static final Set<String> NAME_FOLLOWERS = WordSet.of("has", "have", "had", "is", "was", "will", "would",
            "said", "says", "announced", "announces", "reported", "reports", "plans", "planned", "agreed", "agrees",
            "raised", "raises", "launched", "launches", "acquired", "acquires", "bought", "buys", "hired", "hires",
            "cut", "cuts", "laid", "lays", "signed", "signs", "unveiled", "unveils", "released", "invested", "invests",
            "partnered", "confirmed", "denied", "declined", "told", "won", "lost", "filed", "sued", "expects", "became",
            "named", "names", "appointed", "appoints", "let", "lets", "fired", "fires", "closed", "closes", "shut", "shuts",
            "founded", "opened", "opens", "introduced", "introduces", "rolled", "rolls", "debuted", "debuts", "releases",
            "secured", "secures", "completed", "completes", "received", "receives", "landed", "lands", "inked", "inks",
            "teamed", "merged", "made", "makes", "sells", "builds", "develops", "operates", "provides", "offers", "employs",
            "produces", "designs");
    /**
     * Present-tense verbs of headline style, "Acme snaps up Beta", "Ramco enters retail": a lone opener is a company
     * before them only in a headline, since in body text they follow seasons and events too ("Ramadan enters its …").
     */
    private static final Set<String> HEADLINE_ACTS = WordSet.of("snaps", "taps", "picks", "nabs", "bags", "axes",
            "slashes", "trims", "exits", "joins", "wins", "seals", "clinches", "strikes", "partners", "teams", "backs",
            "enters", "expands", "files");
    /** Verbs a headline's company does in the future, "Acme to acquire Beta", "Acme to cut 500 jobs". */
    private static final Set<String> INFINITIVE_ACTS = WordSet.of("acquire", "buy", "cut", "lay", "raise", "launch", "hire",
            "sell", "merge", "invest", "open", "close", "shut", "list", "build", "sign", "partner", "exit", "enter",
            "expand", "slash", "axe", "appoint", "name", "join", "debut", "roll", "release", "unveil", "introduce", "float",
            "offload", "divest", "spin", "shed", "trim");
    /** Abbreviated scales of a number that news sites capitalize: "USD 10 Mn", "$2 Bn", "Rs 40 Cr". */
    private static final Set<String> SPACED_SCALES = WordSet.of("mn", "mln", "bn", "bln", "cr", "tn");
    private static final Set<String> INNER_ABBREVIATIONS = WordSet.of("st", "mt", "ft", "ste");
    private static final Set<String> GENERIC_FACILITY_WORDS = WordSet.of("naval", "air", "station", "force", "base", "army",
            "marine", "corps", "military", "joint", "reserve", "training", "logistics", "support", "center", "depot");
    /** Heads of names that end in the place they serve: "Bank of Scotland", "University of Leeds". */
    static final Set<String> ORG_HEADS = WordSet.of("bank", "university", "college", "bureau", "institute", "museum",
            "exchange", "council", "authority", "agency", "school", "port");
    private static final Set<String> EXCHANGES = WordSet.of("lon", "lse", "nyse", "nasdaq", "tsx", "tsxv", "asx", "etr",
            "epa", "hkg", "hkex", "tyo", "sgx", "bse", "nse", "amex", "otc", "otcmkts", "fra", "bit", "sto", "cph", "ams");
    /** Headline runs checked against the rest of the text, at most (each check scans the text). */
    private static final int MAX_HEADLINE_CHECKS = 24;
    /** How far around a headline its story is looked for, in chars (a long text holds many stories). */
    private static final int HEADLINE_WINDOW = 20_000;
    private static final Set<String> WEB_ENDINGS = WordSet.of("ai", "io", "com", "co", "net", "org", "app", "tech", "ly");
    private static final Set<String> BOARD_WORDS = WordSet.of("board", "directors", "supervisory", "management",
            "executive", "trustees", "governors", "advisory");
    /** A board's bodies, whose names end the title of the one chairing them: "Chairman of the Audit Committee". */
    private static final Set<String> COMMITTEES = WordSet.of("committee", "council", "panel");
    /** Last words of newspapers' and agencies' names, which keep the capitalized "The" they are written with. */
    private static final Set<String> PUBLICATION_ENDINGS = WordSet.of("sun", "post", "times", "press", "journal", "herald",
            "tribune", "gazette", "guardian", "mirror", "telegraph", "observer", "chronicle", "examiner", "inquirer",
            "courier", "register", "star", "globe", "verge");
    /** What glues to a year in "FY2020"; Q1–Q4 and H1–H2 before a year too ("Q32024"). Glued currencies are split when tokenized. */
    private static final Set<String> FISCAL_PERIODS = WordSet.of("FY");
    private static final Set<String> CONNECTORS = WordSet.of("of", "&", "for", "de", "du", "van", "von", "al", "bin", "bint", "la", "le",
            "dos", "das", "da", "del", "della", "di", "ibn", "el", "ter", "y");
    /** Second particles of a surname: "van der Berg", "van den Broek", "de la Cruz", "von der Leyen". */
    private static final Set<String> SECOND_PARTICLES = WordSet.of("der", "den", "la", "los", "las");
    /** Last words of a company's registered name: "Vitol Asia Pte Ltd", "Essential Drugs Company Limited". */
    static final Set<String> LEGAL_ENDINGS = CompanySuffixes.CLOSES;
    /** Public bodies named by the fields they serve, joined by "and": "Roads and Highways Department". */
    private static final Set<String> PUBLIC_BODIES = CompanySuffixes.BODIES;

    /** Bodies of members whose name goes on after "of All" ("Federation of All Kenya Farmers"). */
    private static final Set<String> ALL_OF_BODIES = WordSet.of("federation", "union", "association", "confederation",
            "council", "chamber");
    /** Bodies named by the matter they sit on: "Cabinet Committee on Public Purchase", "Commission on Human Rights". */
    private static final Set<String> SITTING_BODIES = WordSet.of("committee", "subcommittee", "commission", "council",
            "panel", "taskforce");

    private LatinNames() {
    }

    static void find(List<Token> tokens, List<Sentence> sentences, int titleSentences, MentionSink sink) {
        LatinContext context = LatinContext.of(tokens, sentences, titleSentences);
        int headlineChecks = 0;
        for (int k = titleSentences; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            boolean arabic = mostlyArabic(tokens, s);
            int first = firstWord(tokens, s);
            boolean headline = !arabic && context.headline(k);
            if (!arabic && CommonWords.heading(tokens, s)) {
                continue;
            }
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (sink.covered(i) || tokens.get(i).script() != Script.LATIN) {
                    continue;
                }
                if (tokens.get(i).is("co") && i + 2 < s.endToken() && tokens.get(i + 1).is("-")
                        && NameLexicon.isEnglishTitle(tokens.get(i + 2))) {
                    continue; // "Co-Founder and CEO": a title, not the name "Co"
                }
                if (i > s.firstToken() && tokens.get(i - 1).script() == Script.NUMBER && tokens.get(i - 1).end() == tokens.get(i).start()
                        && ShapedNames.start(tokens, i, i + 1, s.firstToken()) == i) {
                    continue; // "5G", "20m": a unit glued to a number ("4Sight" is a name)
                }
                if (i > s.firstToken() && tokens.get(i - 1).script() == Script.NUMBER && SPACED_SCALES.contains(tokens.get(i).norm())) {
                    continue; // "USD 10 Mn", "INR 40 Cr": a number's scale written apart, capitalized, is no name
                }
                if (!arabic && Measures.afterNumber(tokens, i, s.firstToken(), s.endToken())) {
                    continue; // "500 Megawatts", "3 Million Barrels"
                }
                if (i + 1 < s.endToken() && tokens.get(i + 1).script() == Script.NUMBER
                        && Currencies.abbreviation(tokens.get(i).surface()) != null) {
                    continue; // "USD 5 million", "Rs 100 crore": a currency, not a name
                }
                if (contraction(tokens, i)) {
                    continue; // "Don't", "Can't": a verb with its negation, capitalized as a heading's or a quote's word
                }
                if (fiscalPeriod(tokens.get(i).surface())) {
                    continue; // "FY2020", "Q32024": a fiscal year or quarter glued to its number
                }
                int department = arabic ? -1 : titleDepartment(tokens, i, s);
                if (department > i) {
                    i = department - 1;
                    continue;
                }
                int degree = arabic ? -1 : AcademicDegrees.end(tokens, i, s.endToken());
                if (degree > i) {
                    i = degree - 1;
                    continue;
                }
                int law = noticeLaw(tokens, i, s.endToken());
                if (law > i) {
                    i = law - 1;
                    continue;
                }
                if (!arabic && ticker(tokens, i, s.endToken())) {
                    i += 2;
                    continue; // "[LON:AVON]", "ACIA.O": a ticker beside the company's name
                }
                int nicknamed = arabic ? -1 : nicknamed(tokens, i, s.endToken(), sink);
                if (nicknamed > i) {
                    i = nicknamed - 1;
                    continue;
                }
                int end = arabic ? latinRun(tokens, i, s.endToken(), sink)
                        : capitalizedRun(tokens, i, s.endToken(), sink, context);
                if (end <= i) {
                    continue;
                }
                if (!arabic) {
                    end = PlaceNamedBodies.end(tokens, i, end, s, sink); // "Digital Dubai", "Invest India"
                }
                if (!arabic && demonymOpening(tokens, i, end, s, sink)) {
                    i--; // "Korean Air", "British Airways": the nationality opens the company's name
                } else if (!arabic) {
                    i = nationalBodyStart(tokens, i, end, s, sink); // "Kuwaiti Investment Authority"
                }
                if (headline && sentences.size() > 1 && unpunctuated(tokens, s) && headlineChecks++ < MAX_HEADLINE_CHECKS) {
                    int told = toldElsewhere(tokens, i, end, s, sink.text());
                    if (told == i) {
                        i = end - 1;
                        continue; // "… To Expand Warehouse Automation": headline words the story never names
                    }
                    end = told; // "Norvale Robotics Raises $40 Million": the name is what the story repeats
                }
                int paper = arabic ? -1 : paper(tokens, i, end, s, sink);
                if (paper >= 0) {
                    sink.add(paper, end, 0, EntityType.ORGANIZATION, null, null);
                    i = end - 1;
                    continue;
                }
                if (!arabic) {
                    end = beforePerson(tokens, i, end);
                }
                if (!arabic && businessUnit(tokens, i, end, s, sink)) {
                    i = end - 1;
                    continue; // "Google's Large Customer Sales unit": a company's unit named by common words
                }
                if (!arabic && end - i == 1 && lineOfNamedBusiness(tokens, i, s.firstToken(), sink)) {
                    continue; // "DENSO Manufacturing told", "Oracle Retail": the known name's line of business
                }
                int family = arabic ? -1 : familyNamedCompanyEnd(tokens, i, end, s.endToken(), sink);
                if (family > end) {
                    sink.dropNamesIn(end, family);
                    sink.add(i, family, 0, EntityType.PERSON, null, null);
                    i = family - 1;
                    continue; // "Omar Al Futtaim": a given name before a family's company names one of the family
                }
                int affiliate = arabic ? -1 : affiliateStart(tokens, i, end, sink);
                if (affiliate >= 0) {
                    sink.dropNamesIn(affiliate, i);
                    sink.add(affiliate, end, 0, EntityType.ORGANIZATION, null, null);
                    i = end - 1;
                    continue; // "Kestrova Engineering Group": an affiliate of the known company, named whole
                }
                if (end - i == 2 && tokens.get(i).is("series") && tokens.get(i + 1).surface().length() == 1) {
                    i = end - 1;
                    continue; // «جولتها الأولى Series A», "its Series B": a round's name, no organization
                }
                if (!arabic && notAName(tokens, i, end)) {
                    i = end - 1;
                    continue;
                }
                if (!arabic) {
                    i = afterRoyalTitle(tokens, afterCourtesy(tokens, afterLeadingTitle(tokens, i, end), end), end);
                    int from = i;
                    i = CommonWords.afterLeadingModifiers(tokens, i, end);
                    if (i == end || (i > from && end - i == 1 && CommonWords.isCommon(tokens.get(i).norm()))) {
                        i = end - 1;
                        continue; // "Former CEO", "Local firms": no name in the run
                    }
                    if (end - i == 1 && BrandDerivatives.derived(tokens.get(i).surface())) {
                        i = end - 1;
                        continue; // "Googling", "former Googlers": a brand made a verb or a name for its staff
                    }
                }
                if (!arabic && end - i == 2 && tokens.get(i).is("al") && sink.extendPerson(i, end)) {
                    i = end - 1;
                    continue; // "Sheikh Tahnoon bin Zayed Al Nahyan": the family name of the person just named goes on his name
                }
                if (!arabic && end - i == 1 && end < s.endToken() && sink.covered(end) && LatinTypes.honorific(tokens.get(i))) {
                    continue; // "Sheikh" before a known name: the title of the person named next
                }
                if (!arabic && !headline && end - i == 1 && surnameOpensFirm(tokens, i, s.firstToken(), sink)
                        && !context.places().contains(tokens.get(i).norm())) {
                    sink.dropNamesIn(i - 1, i);
                    sink.add(i - 1, end, 0, EntityType.ORGANIZATION, null, null);
                    i = end - 1;
                    continue; // "backed by Bezos Expeditions": a known person's surname opens the name of his firm
                }
                boolean wordOpened = !arabic && !headline && end - i == 1 && wordOpenedName(tokens, i, s.firstToken())
                        && !context.places().contains(tokens.get(i).norm());
                if (wordOpened) {
                    i--; // "backed by Founder Collective", "a report in Fintech Futures": the word that opens the name
                }
                int lead = arabic ? i : ShapedNames.start(tokens, i, end, s.firstToken()); // "10x Genomics"
                if (lead == i && !arabic && (i == first || headline || quoteOpener(tokens, i, s) || afterColon(tokens, i, s)) && end - i == 1
                        && CommonWords.isCommon(tokens.get(i).norm())
                        && !context.alone(tokens.get(i).norm())) {
                    continue; // "Three executives left", "Fundraising was slow": capitalized only as the opener
                }
                if (arabic && i > s.firstToken() && ArabicWords.isIn(ArabicWords.EVENT_CUES, tokens.get(i - 1).norm())) {
                    i = end - 1;
                    continue; // "مؤتمر COP28": an event
                }
                if (arabic && i > s.firstToken() && ArabicWords.technologyCue(tokens.get(i - 1).norm())
                        && Aliases.allCaps(tokens.get(i))
                        && !(end < s.endToken() && ArabicWords.nationality(tokens.get(end).norm()))) {
                    i = end - 1;
                    continue; // «بتقنية 5G»: a technology's acronym; a vendor's has a nationality («تكنولوجيا QNX الكندية»)
                }
                if (lead == i && !arabic && end - i == 1 && (i == first && !context.alone(tokens.get(i).norm())
                        || quoteOpener(tokens, i, s) && !context.aloneUnquoted().contains(tokens.get(i).norm()))
                        && !context.places().contains(tokens.get(i).norm())
                        && !(end < s.endToken() && (actsAfter(tokens, end, s, headline) || Aliases.bareTicker(tokens, i, end)))
                        && !(end + 1 < s.endToken() && tokens.get(end).is("-") && (tokens.get(end + 1).is("based")
                        || OWNERS_SUFFIXES.contains(tokens.get(end + 1).norm()) && namedOwner(tokens.get(i).norm())))
                        && !describedAsCompany(tokens, end, s.endToken()) && !seatedAfter(tokens, end, s.endToken())
                        && !toldOfAfter(tokens, end, s.endToken()) && !coordinatedWithName(tokens, end, s.endToken())) {
                    continue; // a lone opener, of the sentence or of a quote ("said: 'Notwithstanding …"), is a name
                    // only when it acts, is the place of "Kochi-based X" or the owner of "Halsey-backed X"
                }
                if (lead == i && end - i == 1 && (NameLexicon.isEnglishStop(tokens.get(i))
                        || (!arabic && (Cues.ORG_ENDINGS.contains(tokens.get(i).norm()) || LEGAL_ENDINGS.contains(tokens.get(i).norm()))
                        && (!Aliases.allCaps(tokens.get(i)) || bracketedLegalForm(tokens, i))))) {
                    continue; // "the Board", "the Fund": a company's common noun capitalized, not its name
                }
                if (!arabic && end - i == 1 && inLowerCaseCompound(tokens, i, s.firstToken(), s.endToken())) {
                    continue; // "Shariah-compliant", "a Credit-as-a-Service platform": a word of a compound, no name
                }
                if (!arabic && CommonWords.determinedCommonNoun(tokens, i, end, s.firstToken(), s.endToken())
                        && !context.places().contains(tokens.get(i).norm()) && !sink.endsAName(tokens.get(i).norm())) {
                    i = end - 1;
                    continue; // "The Government has", "our Armed Forces": a common noun capitalized in deference (not a place
                    // the text names, nor a name found before called by its last word: "the Herald")
                }
                if (!arabic && end - i == 1 && i - 2 >= s.firstToken() && tokens.get(i - 1).is("of")
                        && tokens.get(i - 2).capitalized() && NameLexicon.isEnglishStop(tokens.get(i - 2))
                        && CommonWords.isCommon(tokens.get(i).norm())) {
                    continue; // "the Internet of Things", "the Board of Directors": the tail of a common noun's phrase
                }
                if (!arabic && end - i == 1 && ofPlaces(tokens, i, s.endToken())) {
                    continue; // "Western countries", "South African cities", "Africans": words of places, no name
                }
                if (!arabic && end - i == 2 && regionalAdjective(tokens, i, s.endToken())) {
                    i = end - 1;
                    continue; // "Middle Eastern banks", "Sri Lankan firms": an adjective of a region in two words
                }
                if (!arabic && (descriptor(tokens, end, s.endToken()) || lettersOnly(tokens, i, end))) {
                    i = end - 1;
                    continue;
                }
                if (!arabic && (titleComplement(tokens, i, end, s) || insideTitle(tokens, i, end, s) || officeField(tokens, i, end, s)
                        || boardOnly(tokens, i, end))) {
                    i = end - 1;
                    continue; // "Vice President of GenAI Product and Operations": the rest of a title
                }
                EntityType type = LatinTypes.classify(tokens, i, end, s, context);
                if (wordOpened && type == EntityType.PERSON) {
                    type = EntityType.ORGANIZATION; // a title or a trade is no given name
                }
                if (type == EntityType.FACILITY) {
                    end = withItsTown(tokens, i, end, s.endToken(), sink);
                }
                if (type == EntityType.ORGANIZATION && !arabic && !headline) {
                    end = CountryUnits.unitEnd(tokens, i, end, s.endToken(), sink); // "Flat6Labs UAE, said": its unit
                }
                if (type == EntityType.ORGANIZATION && end - i == 1 && !Cues.ORG_ENDINGS.contains(tokens.get(i).norm())
                        && listedWithProduct(tokens, i, end, s, sink)) {
                    type = EntityType.PRODUCT; // "Bing, Skype, OneDrive and Microsoft Office": a list of one kind
                } else if (type == EntityType.ORGANIZATION && end - i == 1 && !Cues.ORG_ENDINGS.contains(tokens.get(i).norm())
                        && (listedWithPlaces(tokens, i, end, s, sink) || seatOfNamed(tokens, i, end, s, sink))) {
                    type = EntityType.LOCATION;
                }
                if (type == EntityType.ORGANIZATION && MarketIndexes.named(tokens, i, end, s.endToken())) {
                    i = end - 1;
                    continue; // "a Zorex 100 software group": an index classing a company, no entity
                }
                if (type == EntityType.ORGANIZATION && end - i == 2 && tokens.get(end - 1).script() == Script.NUMBER) {
                    type = EntityType.PRODUCT; // "Gear 360", "Note 7": a numbered name is a model's
                }
                int site = type == EntityType.LOCATION || type == EntityType.ORGANIZATION
                        ? TownSites.namedSiteEnd(tokens, i, end, s.endToken()) : -1;
                if (site > end && sink.free(end, site)) {
                    type = EntityType.FACILITY; // "its Ruston plant": the town's name names the site
                    end = site;
                }
                if (type == EntityType.ORGANIZATION && lead < i) {
                    i = lead; // the number glued to the name opens it
                }
                if (type != null) {
                    sink.dropPlacesIn(i, end); // "Royal Bank of Scotland" takes its place whole
                    sink.add(i, end, 0, type, null, null);
                }
                i = end - 1;
            }
        }
    }

    /**
     * "FY2020", "Q32024": a fiscal period glued to its number (a test of the word's chars, not a regular
     * expression: it runs on every Latin word).
     */
    private static boolean fiscalPeriod(String w) {
        int p = w.length();
        while (p > 0 && w.charAt(p - 1) >= '0' && w.charAt(p - 1) <= '9') {
            p--;
        }
        int digits = w.length() - p;
        if (digits == 0 || p == 0 || p > 3) {
            return false;
        }
        String head = w.substring(0, p);
        char first = w.charAt(p);
        return FISCAL_PERIODS.contains(head)
                || digits >= 2 && (head.equals("Q") && first >= '1' && first <= '4' || head.equals("H") && (first == '1' || first == '2'));
    }

    private static final Set<String> DEMONYMS = WordSet.of("american", "british", "chinese", "french", "german", "japanese",
            "korean", "indian", "russian", "european", "egyptian", "saudi", "emirati", "qatari", "israeli", "canadian",
            "australian", "african", "arab", "asian", "irish", "italian", "spanish", "dutch", "swiss", "swedish", "belgian",
            "danish", "norwegian", "finnish", "austrian", "polish", "turkish", "iranian", "kuwaiti", "omani", "moroccan",
            "nigerian", "kenyan", "brazilian", "mexican", "singaporean", "malaysian", "indonesian", "vietnamese",
            "taiwanese", "pakistani", "portuguese", "greek", "czech", "hungarian", "ukrainian", "scottish", "thai",
            "libyan", "syrian", "jordanian", "iraqi", "bahraini", "yemeni", "tunisian", "algerian", "palestinian",
            "bangladeshi", "nepali", "filipino", "nigerien", "ghanaian", "ethiopian", "argentine", "chilean", "colombian",
            "peruvian", "romanian", "bulgarian", "serbian", "croatian", "slovak", "estonian", "latvian", "lithuanian", "lankan");

    /**
     * Adjectives of a region, a faith or a language that qualify the noun after them ("the Scandinavian market", "an
     * Islamic digital bank", "his English fluency", "Anglo-Swedish"); inside a longer name they stay part of it.
     */
    private static final Set<String> REGION_FAITH_LANGUAGE = WordSet.of("scandinavian", "nordic", "baltic", "balkan",
            "caribbean", "mediterranean", "anglo", "islamic", "muslim", "catholic", "jewish", "hindu",
            "buddhist", "english", "arabic"); // not "christian", a given name ("Christian said")

    private static final Set<String> COMPASS = WordSet.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central");

    /**
     * A lone capitalized word that is an adjective of place: a compass word before a common noun or a nationality
     * ("Western countries", "South African", "the Central government"), a nationality in the plural ("Africans"), or
     * an adjective of region, faith or language before a lowercase noun or a nationality ("Nordic banks",
     * "Anglo-Swedish").
     */
    private static boolean ofPlaces(List<Token> tokens, int i, int limit) {
        String n = tokens.get(i).norm();
        if (n.length() > 4 && n.endsWith("s") && DEMONYMS.contains(n.substring(0, n.length() - 1))) {
            return true;
        }
        if (REGION_FAITH_LANGUAGE.contains(n) && i + 1 < limit) {
            Token after = tokens.get(i + 1);
            return after.script() == Script.LATIN && after.isWord() && Character.isLowerCase(after.surface().charAt(0))
                    || after.is("-") && i + 2 < limit && DEMONYMS.contains(tokens.get(i + 2).norm());
        }
        if (!REGION_OPENERS.contains(n) || i + 1 >= limit) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.script() == Script.LATIN && (COMPASS.contains(n) && Character.isLowerCase(next.surface().charAt(0))
                || DEMONYMS.contains(next.norm())); // "Latin American", "Sri Lankan"
    }

    /** Compass words and the first words of regions' and countries' two-word adjectives ("Middle Eastern", "Sri Lankan"). */
    private static final Set<String> REGION_OPENERS = withCompass("middle", "far", "near", "sri", "latin", "southeast");

    private static Set<String> withCompass(String... words) {
        List<String> all = new ArrayList<>(COMPASS);
        all.addAll(List.of(words));
        return WordSet.copyOf(all);
    }

    /**
     * Two capitalized words that make an adjective of a region or a country before a small word or a title ("Middle
     * Eastern lenders", "Sri Lankan and Indian firms", "the Sri Lankan President").
     */
    private static boolean regionalAdjective(List<Token> tokens, int i, int limit) {
        String second = tokens.get(i + 1).norm();
        if (!REGION_OPENERS.contains(tokens.get(i).norm()) || i + 2 >= limit
                || !(DEMONYMS.contains(second) || COMPASS.contains(second) && second.endsWith("ern"))) {
            return false;
        }
        Token next = tokens.get(i + 2);
        return next.script() == Script.LATIN && next.isWord()
                && (Character.isLowerCase(next.surface().charAt(0)) || NameLexicon.isEnglishTitle(next)); // "Sri Lankan President X"
    }

    /** Trades a national company is named by: "Korean Air", "Saudi Telecom", "Indian Railways". */
    private static final Set<String> TRADES = WordSet.of("air", "airlines", "airways", "telecom", "railways", "rail", "steel",
            "motors", "electric", "petroleum", "post", "gas", "oil", "mining", "shipping", "lines", "telecommunications");

    /**
     * "Korean Air", "Turkish Airlines": a nationality right before a single common word names a company together with
     * it; the word alone ("Air") is no name. A title after the nationality ("German Chancellor") is not such a word, nor
     * an acronym, a name of its own whatever it spells ("senior Kenyan ABC staff").
     */
    private static boolean demonymOpening(List<Token> tokens, int i, int end, Sentence s, MentionSink sink) {
        if (end - i != 1 || i - 1 < s.firstToken() || sink.covered(i - 1)) {
            return false;
        }
        Token before = tokens.get(i - 1);
        Token word = tokens.get(i);
        return before.capitalized() && DEMONYMS.contains(before.norm()) && before.end() + 1 >= word.start()
                && (CommonWords.isCommon(word.norm()) || Cues.ORG_ENDINGS.contains(word.norm()) || TRADES.contains(word.norm()))
                && !NameLexicon.isEnglishTitle(word) && !isMonth(word) && !Aliases.allCaps(word)
                && !(end < s.endToken() && tokens.get(end).capitalized());
    }

    /**
     * "Robert “Kelly” Ortberg", "William 'Bill' Ford": a given name, a quoted nickname, a surname. The person goes by the
     * nickname: "Kelly Ortberg". Returns the end of the name added, or -1.
     */
    private static int nicknamed(List<Token> tokens, int i, int limit, MentionSink sink) {
        if (i + 4 >= limit || !NameLexicon.isLatinGivenName(tokens.get(i)) || !Cues.isQuote(tokens.get(i + 1).surface())
                || !tokens.get(i + 2).capitalized() || !Cues.isQuote(tokens.get(i + 3).surface()) || !tokens.get(i + 4).capitalized()
                || !sink.free(i, i + 5)) {
            return -1;
        }
        int end = i + 5;
        while (end < limit && tokens.get(end).capitalized() && !sink.covered(end) && end - i < 7) {
            end++;
        }
        StringBuilder name = new StringBuilder(tokens.get(i + 2).surface());
        for (int k = i + 4; k < end; k++) {
            name.append(' ').append(tokens.get(k).surface());
        }
        return sink.add(i, end, 0, EntityType.PERSON, null, name.toString()) ? end : -1;
    }

    /**
     * "Digital communications giant Cisco", "Semiconductor firm Arm": capitalized words that describe the name a cue
     * noun (giant, firm, company…) introduces are not a name themselves.
     */
    private static boolean descriptor(List<Token> tokens, int end, int limit) {
        for (int k = end; k < Math.min(limit - 1, end + 3); k++) {
            Token t = tokens.get(k);
            if (t.script() != Script.LATIN || t.capitalized() || (NameLexicon.isEnglishStop(t) && !Cues.ENGLISH.containsKey(t.norm()))
                    || NAME_FOLLOWERS.contains(t.norm())) {
                return false; // "Brightwater Ventures and existing investor Kestrel": a conjunction ends the description;
                // "Quorra acquired cybersecurity firm Sentrix": so does a verb
            }
            if (Cues.ENGLISH.get(t.norm()) == EntityType.ORGANIZATION) {
                return tokens.get(k + 1).capitalized();
            }
        }
        return false;
    }

    /**
     * "Naval Air Station, Jacksonville": a facility named only by generic words takes the town after its comma as
     * the rest of its name (the town stays a place where it is named alone).
     */
    private static int withItsTown(List<Token> tokens, int i, int end, int limit, MentionSink sink) {
        for (int k = i; k < end; k++) {
            if (!GENERIC_FACILITY_WORDS.contains(tokens.get(k).norm())) {
                return end;
            }
        }
        if (end + 1 >= limit || !tokens.get(end).is(",") || !tokens.get(end + 1).capitalized()
                || (end + 2 < limit && tokens.get(end + 2).capitalized())) {
            return end;
        }
        sink.dropPlacesIn(end + 1, end + 2);
        return sink.covered(end + 1) ? end : end + 2;
    }

    /**
     * "Co-Founder" (a title split at its hyphen), "OEMs" (the plural of an abbreviation), "US$" (a currency): words
     * that look like a name and are not one.
     */
    private static boolean notAName(List<Token> tokens, int i, int end) {
        Token last = tokens.get(end - 1);
        if (currencyPrefix(tokens, end - 1)) {
            return true;
        }
        if (end - i == 1) {
            String s = last.surface();
            if (s.length() >= 3 && s.endsWith("s")) {
                boolean upper = true; // a loop, not a stream's lambda: the first document pays its class
                for (int c = 0; c < s.length() - 1 && upper; c++) {
                    upper = Character.isUpperCase(s.charAt(c));
                }
                if (upper) {
                    return true;
                }
            }
            if (end + 1 < tokens.size() && tokens.get(end).is("-") && tokens.get(end).start() == last.end()
                    && NameLexicon.isEnglishTitle(last.norm() + tokens.get(end + 1).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Raubex Construction (Pty) Ltd", "Zenith Mining (PTY) LTD": a legal form in brackets, or the one right after it,
     * belongs to the company's registered name, however it is capitalized; it names nothing alone.
     */
    private static boolean bracketedLegalForm(List<Token> tokens, int i) {
        boolean inside = i >= 1 && i + 1 < tokens.size() && tokens.get(i - 1).is("(") && tokens.get(i + 1).is(")");
        return inside || i >= 3 && tokens.get(i - 1).is(")") && tokens.get(i - 3).is("(")
                && LEGAL_ENDINGS.contains(tokens.get(i - 2).norm());
    }

    /** "AED 500 million", "USD 20m": a currency's code before a number is the price, not a word of a name before it. */
    private static boolean currencyAmount(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k + 1).script() == Script.NUMBER
                && Currencies.abbreviation(tokens.get(k).surface()) != null;
    }

    /** "US$", "HK$": a word written onto the dollar sign names a currency. */
    private static boolean currencyPrefix(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k + 1).is("$") && tokens.get(k + 1).start() == tokens.get(k).end();
    }

    /** "city Business Administrator Carl Deeley": capitalized title words before a person's given name are no part of it. */
    private static int afterLeadingTitle(List<Token> tokens, int i, int end) {
        int p = i;
        while (p < end && (NameLexicon.isEnglishTitle(tokens.get(p)) || BOARD_WORDS.contains(tokens.get(p).norm()))) {
            p++; // "Chairman of the Board Anna Weiss": the board ends the title
        }
        if (p > i && LatinTypes.words(tokens, p, end) >= 2 && (LatinTypes.givenName(tokens, p) || headedName(tokens, i, p, end))) {
            return p;
        }
        for (int k = i + 1; k + 1 < end; k++) { // "Labor Commissioner Jane Roe": the field before the title too
            // "Chairman of the Audit Committee Chuck Noski": a board's committee closes the title its chair holds
            if ((NameLexicon.isEnglishTitle(tokens.get(k - 1)) || COMMITTEES.contains(tokens.get(k - 1).norm()))
                    && LatinTypes.givenName(tokens, k)
                    && LatinTypes.words(tokens, k, end) >= 2 && LatinTypes.words(tokens, k, end) <= 3) {
                return k;
            }
        }
        return i;
    }

    /**
     * "Board Chairperson Charity Mseka": after title words that hold a title's head, two or three words the lexicon
     * knows as no given name still name the holder, unless the last is a common word or a company's ending
     * ("Chairman Emeritus", "Executive Vice President Sales", "CEO Capital Partners").
     */
    private static boolean headedName(List<Token> tokens, int i, int p, int end) {
        boolean headed = false;
        for (int k = i; k < p; k++) {
            String n = tokens.get(k).norm();
            // "Founders Nik Orlov and …": the plural of a head names its holders just the same
            headed |= NameLexicon.isEnglishTitleHead(n) || n.endsWith("s") && NameLexicon.isEnglishTitleHead(n.substring(0, n.length() - 1));
        }
        String last = tokens.get(end - 1).norm();
        return headed && LatinTypes.words(tokens, p, end) <= 3 && !CommonWords.isCommon(last) && !Cues.ORG_ENDINGS.contains(last);
    }

    /**
     * "managing partner of Collaborative Fund Craig Shapiro told": a company's name closed by its ending, then a
     * person's (a given name and one or two more words), written with no comma between. After "TITLE of" the company
     * needs no ending: "GM of Kestrel Pharmacy Jane Roe", "former co-chief executive of Halden Capital Group John
     * Doe" name the title's employer, then its holder. Returns the company's end.
     */
    private static int beforePerson(List<Token> tokens, int i, int end) {
        boolean titledOf = i >= 2 && tokens.get(i - 1).is("of") && NameLexicon.isEnglishTitle(tokens.get(i - 2));
        for (int k = i + 1; k + 1 < end; k++) {
            if ((titledOf || Cues.ORG_ENDINGS.contains(tokens.get(k - 1).norm())) && LatinTypes.givenName(tokens, k)
                    && LatinTypes.words(tokens, k, end) >= 2 && LatinTypes.words(tokens, k, end) <= 3
                    && !Cues.ORG_ENDINGS.contains(tokens.get(end - 1).norm())) {
                return k;
            }
        }
        return end;
    }

    /** "Dame Ysolde Marrick", "Mr. Anthony": a courtesy word before a name is no part of it. */
    private static int afterCourtesy(List<Token> tokens, int i, int end) {
        if (i + 4 < end && styleInitials(tokens, i) && nameable(tokens.get(i + 4))
                && !Cues.ORG_ENDINGS.contains(tokens.get(end - 1).norm())) { // not "H.E. Holdings"
            return i + 4; // "H.E. Mohamed Ali Alabbar": His Excellency, left out of the name
        }
        if (!LatinTypes.COURTESY.contains(tokens.get(i).norm())) {
            return i;
        }
        int p = i + 1;
        if (p < end && tokens.get(p).is(".")) {
            p++;
        }
        return p == end ? end : nameable(tokens.get(p)) ? p : i; // a rank alone ("Lt." before a name) names nobody
    }

    /** Titles of royalty and rule, written before a ruler's or a royal's name in English news of the Gulf. */
    private static final Set<String> ROYAL_TITLES = WordSet.of("sheikh", "sheikha", "prince", "princess", "king", "queen");

    /**
     * "Crown Prince Mohammed bin Salman", "Sheikha Latifa bint Mohammed": a royal title before a full name is the
     * person's rank, and the name is cited without it; before a single name it is how the person is known ("Prince
     * William", "King Salman") and stays. "Crown" and "Deputy Crown" before the title go with it.
     */
    private static int afterRoyalTitle(List<Token> tokens, int i, int end) {
        int p = i;
        if (p + 1 < end && tokens.get(p).is("deputy") && tokens.get(p + 1).is("crown")) {
            p++;
        }
        if (p + 1 < end && tokens.get(p).is("crown")) {
            p++;
        }
        if (!ROYAL_TITLES.contains(tokens.get(p).norm()) || !tokens.get(p).capitalized()) {
            return i;
        }
        if (p + 1 == end) {
            return end; // "the Crown Prince": a title, no name
        }
        if (namedAfterSomeone(tokens, p + 1, end)) {
            return i; // "Prince Sultan University", "Sheikh Zayed Road": named after a royal, title and all
        }
        boolean fullName = LatinTypes.givenName(tokens, p + 1) || patronymic(tokens, p + 2, end);
        return LatinTypes.words(tokens, p + 1, end) >= 2 && nameable(tokens.get(p + 1)) && fullName ? p + 1 : p;
    }

    /**
     * "at Urbana-Champaign", "at Lake Mira": a campus's name, a word or two of a place, which no body's word ends ("at
     * Zentrix Labs" is a company).
     */
    private static boolean campusName(List<Token> tokens, int k, int limit, MentionSink sink) {
        int next = k;
        while (next < limit && next < k + 3 && nameable(tokens.get(next)) && !sink.covered(next)
                && !Cues.ORG_ENDINGS.contains(tokens.get(next).norm()) && !ORG_HEADS.contains(tokens.get(next).norm())) {
            next += next + 2 < limit && tokens.get(next + 1).is("-") && tokens.get(next + 1).start() == tokens.get(next).end() ? 3 : 1;
        }
        return next > k && (next >= limit || !(tokens.get(next).capitalized() && tokens.get(next).script() == Script.LATIN));
    }

    /**
     * Whether a word of tokens [from, end) makes the run a body's or a place's name, as one named after a person is:
     * "King Fahd University", "Prince Faris College of Medicine", "Sheikh Zayed Road", "Queen Alia International Airport";
     * so does a common word last ("King Fisher Logistics", "King Fahd Causeway"), which ends no person's name.
     */
    static boolean namedAfterSomeone(List<Token> tokens, int from, int end) {
        if (end > from && CommonWords.isCommon(tokens.get(end - 1).norm())) {
            return true;
        }
        for (int k = from; k < end; k++) {
            String n = tokens.get(k).norm();
            if (ORG_HEADS.contains(n) || Cues.ORG_ENDINGS.contains(n) || Cues.FACILITY_ENDINGS.contains(n)
                    || Cues.STREET_ENDINGS.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** Whether "bin" or "bint" (son or daughter of) links the words of a name from {@code from} on. */
    private static boolean patronymic(List<Token> tokens, int from, int end) {
        for (int k = from; k < end; k++) {
            if (tokens.get(k).is("bin") || tokens.get(k).is("bint")) {
                return true;
            }
        }
        return false;
    }

    /** The initials of a style of address, H.E. (His or Her Excellency) and H.H. (Highness), by their two letters. */
    private static final Set<String> STYLES = Set.of("HE", "HH");

    /** Whether tokens from {@code i} spell a style's initials with their periods: "H", ".", "E", ".". */
    private static boolean styleInitials(List<Token> tokens, int i) {
        return tokens.get(i + 1).is(".") && tokens.get(i + 3).is(".")
                && STYLES.contains(tokens.get(i).surface() + tokens.get(i + 2).surface());
    }

    /**
     * "The Jackson Sun", "The Canadian Press": a paper or an agency keeps the capitalized article it is written with,
     * and the adjective after it. Returns where the paper's name starts, or -1.
     */
    private static int paper(List<Token> tokens, int i, int end, Sentence s, MentionSink sink) {
        if (!PUBLICATION_ENDINGS.contains(tokens.get(end - 1).norm())) {
            return -1;
        }
        int k = i - 1;
        if (k > s.firstToken() && tokens.get(k).capitalized() && !sink.covered(k) && !tokens.get(k).is("the")) {
            k--; // "Canadian", left out of the run as a nationality
        }
        return k >= s.firstToken() && tokens.get(k).surface().equals("The") && !sink.covered(k) ? k : -1;
    }

    /** Items of a list on either side of a one-word name: whether one of them is a known product. */
    private static boolean listedWithProduct(List<Token> tokens, int i, int end, Sentence s, MentionSink sink) {
        return listHasProduct(tokens, end, s.endToken(), 1, sink) || listHasProduct(tokens, i - 1, s.firstToken() - 1, -1, sink);
    }

    /** Walks list items from {@code from} towards {@code stop} by {@code step}; true at a product among them. */
    private static boolean listHasProduct(List<Token> tokens, int from, int stop, int step, MentionSink sink) {
        boolean separated = false;
        for (int k = from; k != stop && Math.abs(k - from) < 16; k += step) {
            Token t = tokens.get(k);
            Mention m = sink.at(k);
            if (m != null && m.type() == EntityType.PRODUCT && separated) {
                return true;
            }
            if (t.is(",") || t.is("and") || t.is("or")) {
                separated = true;
            } else if (m == null && !t.capitalized()) {
                return false;
            }
        }
        return false;
    }

    /** Words that open a list of places: "landings in A, B and C", "markets including A, B and C". */
    private static final Set<String> PLACE_LIST_OPENERS = WordSet.of("in", "across", "to", "from", "at", "including",
            "like", "as", "throughout", "into", "between");

    /**
     * "landings in Jeddah, Yanbu, Duba and Haql": a one-word name that is an item of a list opened by a word of place
     * ("in", "across", "including") and holding two places and no company is a place too (an unknown word is typed a
     * company by default). The list ends at its item after "and"/"or": in "In Riyadh and Dammam, Zentrix opened" the
     * name after the comma is no item of it.
     */
    private static boolean listedWithPlaces(List<Token> tokens, int i, int end, Sentence s, MentionSink sink) {
        int[] kinds = new int[2]; // places, companies
        int limit = s.endToken();
        boolean closed = false; // an item after the name follows "and"/"or": the list goes on to it
        int k = end;
        while (!closed && k + 1 < limit && listSeparator(tokens.get(k))) {
            closed = !tokens.get(k).is(",");
            if (!closed && (tokens.get(k + 1).is("and") || tokens.get(k + 1).is("or"))) {
                k++; // "…, and Haql"
                closed = true;
            }
            k = countItem(tokens, k + 1, limit, sink, kinds);
            if (k < 0) {
                break;
            }
        }
        int first = s.firstToken();
        boolean afterAnd = i - 1 >= first && (tokens.get(i - 1).is("and") || tokens.get(i - 1).is("or"));
        if (!afterAnd && !closed) {
            return false;
        }
        int j = i - 1;
        while (j - 1 >= first && listSeparator(tokens.get(j))) {
            if (!tokens.get(j).is(",") && j != i - 1) {
                return false; // "In A and B, C and D": an earlier list, closed by its own "and"
            }
            j--;
            if (j == i - 2 && afterAnd && tokens.get(j).is(",")) {
                j--; // "A, B, and Name"
            }
            Mention m = j >= first ? sink.at(j) : null;
            if (m == null || m.endToken() != j + 1) {
                break;
            }
            countKind(m, kinds);
            j = m.startToken() - 1;
        }
        return kinds[0] >= 2 && kinds[1] == 0 && j >= first && PLACE_LIST_OPENERS.contains(tokens.get(j).norm());
    }

    /** Counts a place in {@code kinds[0]}, a company in {@code kinds[1]}. */
    private static void countKind(Mention m, int[] kinds) {
        if (m.type() == EntityType.LOCATION) {
            kinds[0]++;
        } else if (m.type() == EntityType.ORGANIZATION) {
            kinds[1]++;
        }
    }

    private static boolean listSeparator(Token t) {
        return t.is(",") || t.is("and") || t.is("or");
    }

    /**
     * Counts the list item at {@code k} (a known name or a run of capitalized words not yet named) into {@code kinds};
     * returns the token after it, or -1 when no item stands there.
     */
    private static int countItem(List<Token> tokens, int k, int limit, MentionSink sink, int[] kinds) {
        Mention m = k < limit ? sink.at(k) : null;
        if (m != null && m.startToken() == k) {
            countKind(m, kinds);
            return m.endToken();
        }
        int after = k;
        while (after < limit && sink.at(after) == null && tokens.get(after).script() == Script.LATIN && tokens.get(after).capitalized()) {
            after++;
        }
        return after > k ? after : -1;
    }

    /**
     * "Wood Group, of Aberdeen, won": a one-word name set off by ", of" right after a company's name is the town the
     * company is from (British style), the sentence going on after the aside ("Acme, of Zorvex, and Delmar bid" lists
     * two companies); after a person's name it is the employer ("Jane Roe, of Acme,").
     */
    private static boolean seatOfNamed(List<Token> tokens, int i, int end, Sentence s, MentionSink sink) {
        if (i - 3 < s.firstToken() || !tokens.get(i - 1).is("of") || !tokens.get(i - 2).is(",")
                || end < s.endToken() && !tokens.get(end).is(",") && !tokens.get(end).is(".")
                || end + 1 < s.endToken() && (listSeparator(tokens.get(end + 1)) || tokens.get(end + 1).capitalized())) {
            return false;
        }
        Mention named = sink.at(i - 3);
        return named != null && named.type() == EntityType.ORGANIZATION;
    }

    /** "R&D", "E/F": runs of single letters are abbreviations of words, not names. */
    private static boolean lettersOnly(List<Token> tokens, int i, int end) {
        for (int k = i; k < end; k++) {
            Token t = tokens.get(k);
            if (t.script() == Script.LATIN && t.surface().length() > 1) {
                return false;
            }
        }
        return true;
    }

    /** Adverbs and times between a doer and its verb: "Lumio also launched", "Lumio on Monday unveiled". */
    private static final Set<String> DOERS_ADVERBS = WordSet.of("also", "recently", "now", "today", "yesterday",
            "quietly", "officially", "formally", "finally", "earlier", "previously", "already");

    /** The token after the adverbs and the "on Monday" that may follow a doer, at most a day's phrase; a token, not the end. */
    private static int pastAdverbs(List<Token> tokens, int k, int limit) {
        if (k + 2 < limit && tokens.get(k).is("on") && DayNames.day(tokens.get(k + 1).norm()) != null) {
            k += 2;
        }
        while (k + 1 < limit && DOERS_ADVERBS.contains(tokens.get(k).norm())) {
            k++;
        }
        return k;
    }

    /** Whether the lone opener ending at {@code end} acts: a verb any sentence has after it, or a headline's. */
    private static boolean actsAfter(List<Token> tokens, int end, Sentence s, boolean headline) {
        Token next = tokens.get(pastAdverbs(tokens, end, s.endToken()));
        return actsNext(next) || (headline || unstopped(tokens, s))
                && (HEADLINE_ACTS.contains(next.norm()) || willAct(tokens, end, s.endToken()));
    }

    /** A line without a closing stop, as headlines are written ("Acme to acquire Beta"), unlike body sentences. */
    private static boolean unstopped(List<Token> tokens, Sentence s) {
        Token last = tokens.get(s.endToken() - 1);
        return !(last.is(".") || last.is("!") || last.is("?") || last.is("…"));
    }

    /** "Acme to acquire Beta": a headline's "to" and a verb of what a company does. */
    private static boolean willAct(List<Token> tokens, int k, int limit) {
        return k + 1 < limit && tokens.get(k).is("to") && INFINITIVE_ACTS.contains(tokens.get(k + 1).norm());
    }

    /** A lone capitalized word opening a sentence is a name when a verb, a title or 's follows ("Stripe has raised"). */
    private static boolean actsNext(Token next) {
        return next.is("'s") || NAME_FOLLOWERS.contains(next.norm()) || NameLexicon.isEnglishTitle(next)
                || next.is("co") || next.is("(");
    }

    /** What a company's name is glued to when it owns or funds the next one: "Halsey-backed Nexar", "Tenzor-owned". */
    private static final Set<String> OWNERS_SUFFIXES = WordSet.of("backed", "owned", "funded", "controlled", "financed",
            "run", "led");

    /** Owners that are kinds, not names: "State-owned", "Family-run", "Founder-led". */
    private static final Set<String> GENERIC_OWNERS = WordSet.of("state", "government", "family", "employee", "employees",
            "founder", "founders", "privately", "publicly", "private", "public", "foreign", "locally", "venture", "vc",
            "investor", "community", "worker", "workers", "member", "farmer", "farmers", "partner", "majority", "minority",
            "wholly", "jointly", "taxpayer", "crowd", "self", "city", "municipal", "army", "military", "church");

    /** Whether the word glued to "-backed", "-owned" names its owner ("Halsey-backed"), not a kind ("State-owned"). */
    private static boolean namedOwner(String folded) {
        return !GENERIC_OWNERS.contains(folded) && !CommonWords.isCommon(folded);
    }

    /**
     * "Shariah-compliant lenders", "a Credit-as-a-Service platform": a lone capitalized word glued by a hyphen to a
     * lowercase word is a word of a compound adjective or noun. A participle after the hyphen keeps the name it
     * qualifies ("Kochi-based", "Halsey-backed", "Tenzor-headquartered"): those are read as places and owners.
     */
    private static boolean inLowerCaseCompound(List<Token> tokens, int i, int floor, int limit) {
        Token w = tokens.get(i);
        if (i + 2 < limit && glued(tokens, i, i + 1) && tokens.get(i + 1).is("-") && glued(tokens, i + 1, i + 2)) {
            Token after = tokens.get(i + 2);
            String n = after.norm();
            if (after.script() == Script.LATIN && after.isWord() && !after.capitalized() && !n.endsWith("ed")
                    && !OWNERS_SUFFIXES.contains(n) && !n.equals("born") && !n.equals("made")) {
                return true;
            }
        }
        if (i - 2 >= floor && glued(tokens, i - 1, i) && tokens.get(i - 1).is("-") && glued(tokens, i - 2, i - 1)) {
            Token before = tokens.get(i - 2);
            return before.script() == Script.LATIN && before.isWord() && !before.capitalized() && w.capitalized()
                    && !ShapedNames.smallPrefixed(before);
        }
        return false;
    }

    /**
     * "backed by Founder Collective", "a report in Fintech Futures": a title's head or a noun of a trade cannot open a
     * run, so a firm named by one of them and a common word would lose its first word. Capitalized mid-sentence before
     * a common word that is no title, alone after a lowercase word, it opens the name ("Vice President Operations" and
     * "its Chief Executive" stay titles).
     */
    private static boolean wordOpenedName(List<Token> tokens, int i, int floor) {
        if (i - 2 < floor) {
            return false;
        }
        Token word = tokens.get(i);
        Token opener = tokens.get(i - 1);
        Token before = tokens.get(i - 2);
        String n = opener.norm();
        return CommonWords.isCommon(word.norm()) && !NameLexicon.isEnglishTitle(word) && !NameLexicon.isEnglishTitleHead(word.norm())
                && opener.script() == Script.LATIN && opener.capitalized() && !Aliases.allCaps(opener)
                && opener.end() + 1 == word.start()
                && (NameLexicon.isEnglishTitleHead(n) || CommonWords.tradeNoun(n))
                && before.script() == Script.LATIN && before.isWord() && !before.capitalized();
    }

    /**
     * "backed by Bezos Expeditions", "a grant from Musk Foundation": a known person's surname alone, then a capitalized
     * word that is neither a title nor a given name, is a firm named for him (the gazetteer read the surname as him and
     * left the word alone). A surname after a lowercase word only: "Chairman Bezos Thursday" is no firm.
     */
    private static boolean surnameOpensFirm(List<Token> tokens, int i, int floor, MentionSink sink) {
        if (i - 2 < floor) {
            return false;
        }
        Mention known = sink.at(i - 1);
        Token word = tokens.get(i);
        Token before = tokens.get(i - 2);
        return known != null && known.type() == EntityType.PERSON && known.entry() != null && known.startToken() == i - 1
                && known.endToken() == i && tokens.get(i - 1).end() + 1 == word.start()
                && word.script() == Script.LATIN && word.capitalized() && !Aliases.allCaps(word)
                && !NameLexicon.isEnglishTitle(word) && !NameLexicon.isEnglishTitleHead(word.norm())
                && !LatinTypes.givenName(tokens, i) && DayNames.day(word.norm()) == null && !isMonth(word)
                && before.script() == Script.LATIN && before.isWord() && !before.capitalized();
    }

    /** Whether tokens {@code a} and {@code b} touch, with no space between them. */
    private static boolean glued(List<Token> tokens, int a, int b) {
        return tokens.get(a).end() == tokens.get(b).start();
    }

    /** How far after "X, a" the noun that describes a company may stand ("a New York-based fintech startup"). */
    private static final int DESCRIPTION_WORDS = 8;

    /** What a business is called in apposition besides a company noun: "a smartphone brand", "a payments platform". */
    private static final Set<String> APPOSED_BUSINESSES = WordSet.of("brand", "chain", "platform", "marketplace", "app");

    /** "Kennametal, a company that makes tools", "Aldagen, a biotechnology firm": a company in apposition at {@code comma}. */
    private static boolean describedAsCompany(List<Token> tokens, int comma, int limit) {
        if (comma + 2 >= limit || !tokens.get(comma).is(",")
                || !(tokens.get(comma + 1).is("a") || tokens.get(comma + 1).is("an") || tokens.get(comma + 1).is("the"))) {
            return false;
        }
        for (int k = comma + 2; k < Math.min(limit, comma + 2 + DESCRIPTION_WORDS) && !tokens.get(k).is(","); k++) {
            String n = tokens.get(k).norm();
            if (Cues.ENGLISH.get(n) == EntityType.ORGANIZATION || n.endsWith("maker") || CommonWords.tradeNoun(n)
                    || APPOSED_BUSINESSES.contains(n)) { // "ZENVO, a Chinese smartphone brand", "Kivu, a payments platform"
                return true;
            }
        }
        return false;
    }

    /** Where the seat of a company is told after its name: "Vantix, headquartered in", "Vantix, which is based in". */
    private static final Set<String> SEATED = WordSet.of("headquartered", "based");

    /** "Vantix, based in Austin, makes chips": a company whose seat an apposition at {@code comma} tells. */
    private static boolean seatedAfter(List<Token> tokens, int comma, int limit) {
        int k = comma + 1;
        if (k + 1 < limit && tokens.get(k).is("which") && (tokens.get(k + 1).is("is") || tokens.get(k + 1).is("was"))) {
            k += 2;
        }
        return k + 1 < limit && tokens.get(comma).is(",") && SEATED.contains(tokens.get(k).norm())
                && tokens.get(k + 1).is("in");
    }

    /** Participles that tell a company's start right after its name: "Brightwave, founded in 2019 by …". */
    private static final Set<String> FOUNDING_PARTICIPLES = WordSet.of("founded", "established", "launched", "started",
            "created", "incorporated");

    /**
     * "Lumora, which is backed by Nvidia, raised", "Brightwave, founded in 2019 by Jane Roe,": a relative clause of a
     * thing or the company's founding hangs on the lone word before the comma, so that word names something (common
     * words opening a sentence were set apart before).
     */
    private static boolean toldOfAfter(List<Token> tokens, int comma, int limit) {
        if (comma + 2 >= limit || !tokens.get(comma).is(",")) {
            return false;
        }
        Token next = tokens.get(comma + 1);
        return next.is("which") || next.is("whose") || FOUNDING_PARTICIPLES.contains(next.norm())
                && (tokens.get(comma + 2).is("in") || tokens.get(comma + 2).is("by"));
    }

    /**
     * "Orvane and Delcor won contracts": a lone opener joined by "and" to a capitalized word that is no common one shares
     * what that name does, so it names something too (common words opening a sentence were set apart before).
     */
    private static boolean coordinatedWithName(List<Token> tokens, int and, int limit) {
        if (and + 1 >= limit || !tokens.get(and).is("and")) {
            return false;
        }
        Token next = tokens.get(and + 1);
        return next.capitalized() && !NameLexicon.isEnglishStop(next) && !CommonWords.isCommon(next.norm());
    }

    /** "The Scoop: One Deep Layoff", "Startup Monday: Latest trends": after a colon a word opens a clause of its own. */
    private static boolean afterColon(List<Token> tokens, int i, Sentence s) {
        return i > s.firstToken() && tokens.get(i - 1).is(":");
    }

    /**
     * "Joint Secretary (AM & LS)", "Executive Director (Marketing)": words in brackets right after a title name the
     * post's department, no organization. The token after the closing bracket, or -1.
     */
    private static int titleDepartment(List<Token> tokens, int i, Sentence s) {
        if (i - 2 < s.firstToken() || !tokens.get(i - 1).is("(") || !NameLexicon.isEnglishTitle(tokens.get(i - 2))
                || !tokens.get(i - 2).capitalized()) {
            return -1;
        }
        for (int k = i; k < Math.min(s.endToken(), i + 5); k++) {
            if (tokens.get(k).is(")")) {
                return k + 1;
            }
        }
        return -1;
    }

    /** "said: “Bringing together …": the first word of a quotation opens a sentence of its own. */
    private static boolean quoteOpener(List<Token> tokens, int i, Sentence s) {
        return i > s.firstToken() && Cues.isQuote(tokens.get(i - 1).surface())
                && (i - 1 == s.firstToken() || tokens.get(i - 2).is(":") || tokens.get(i - 2).is(","));
    }

    private static int firstWord(List<Token> tokens, Sentence s) {
        int i = s.firstToken();
        while (i < s.endToken() && !tokens.get(i).isWord()) {
            i++;
        }
        return i;
    }

    private static boolean mostlyArabic(List<Token> tokens, Sentence s) {
        int arabic = 0;
        int latin = 0;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Script sc = tokens.get(i).script();
            if (sc == Script.ARABIC) {
                arabic++;
            } else if (sc == Script.LATIN) {
                latin++;
            }
        }
        return arabic > latin;
    }

    /** Latin words (with a short number or a joining - or . between them) in Arabic text. */
    private static int latinRun(List<Token> tokens, int i, int limit, MentionSink sink) {
        int j = i;
        while (j < limit && !sink.covered(j)) {
            Token t = tokens.get(j);
            if (t.script() == Script.LATIN) {
                j++;
            } else if (t.script() == Script.NUMBER && j > i && t.norm().length() <= 3) {
                j++;
            } else if ((t.is("-") || t.is(".") || t.is("&") || t.is("+")) && j > i && j + 1 < limit
                    && tokens.get(j + 1).script() == Script.LATIN && tokens.get(j + 1).start() == t.end()) {
                j++;
            } else if (t.is("&") && j > i && j + 1 < limit && nameable(tokens.get(j + 1))) {
                j++; // «ماركة Bang & Olufsen», «شركة Procter & Gamble»: partners' names joined by a spaced &
            } else if (j > i && ProductModels.closingPlus(tokens, j, limit)) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * "First Zorvan Bank", "First Orbis Bank": "First" is a sentence's opener and no name's word, but it opens a
     * company's name when capitalized words follow it directly and end with a company's ending; returns that name's
     * end, or i ("First Quarter Sales", "First, Orbis Bank said"). So does an acronym the stop words hold for a unit
     * or a technology ("MB", "GPS"), unless a number comes before it ("64 MB"): "KB Financial Group", "MB Financial Inc",
     * then "MB Financial" without the ending once that company is named.
     */
    private static int firstOpenedCompany(List<Token> tokens, int i, int limit, MentionSink sink, LatinContext context) {
        Token t = tokens.get(i);
        boolean opener = t.is("first") && t.capitalized() || stopAcronym(tokens, i);
        if (!opener || i + 1 >= limit || tokens.get(i + 1).start() != t.end() + 1 || sink.covered(i + 1)) {
            return i;
        }
        int rest = capitalizedRun(tokens, i + 1, limit, sink, context);
        // the acronym's company, once named with its ending, is named again without it: "MB Financial said"
        boolean named = !t.is("first") && sink.opensOrganization(t.norm());
        return rest > i + 1 && (Cues.ORG_ENDINGS.contains(tokens.get(rest - 1).norm()) || named) ? rest : i;
    }

    /** An acronym in capitals that the stop words hold ("MB", "SIM"), not after a number and no title ("CEO"). */
    private static boolean stopAcronym(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return Aliases.allCaps(t) && t.surface().length() <= 4 && NameLexicon.isEnglishStop(t)
                && !NameLexicon.isEnglishTitle(t) && !NameLexicon.isEnglishTitleHead(t.norm())
                && !(i > 0 && tokens.get(i - 1).script() == Script.NUMBER);
    }

    private static boolean nameable(Token t) {
        if (t.script() != Script.LATIN) {
            return false;
        }
        boolean upper = Character.isUpperCase(t.surface().charAt(0));
        if (!upper) {
            return ShapedNames.smallPrefixed(t); // "eToro", "nCino"
        }
        return !NameLexicon.isEnglishStop(t) && !NameLexicon.isEnglishTitleHead(t.norm()) && !MOVE_VERBS.contains(t.norm());
    }

    /**
     * Verbs of a person's move, which a title-case headline capitalizes ("Acme Appoints Jane Roe As CEO", "Jane Roe
     * Steps Down") and no name contains: they end the name before them.
     */
    private static final Set<String> MOVE_VERBS = WordSet.of("appoints", "appointed", "names", "named", "hires", "hired",
            "joins", "joined", "rejoins", "resigns", "resigned", "quits", "retires", "steps", "stepped", "promotes",
            "promoted", "taps", "tapped", "elects", "elected", "leaves", "departs", "exits", "succeeds", "replaces",
            "ousts", "ousted", "fires", "sacks", "sacked", "recruits", "poaches", "join", "resign", "retire", "step", "quit",
            "depart", "succeed"); // and after "To": "Jane Roe To Step Down As CEO"

    /** Modal verbs that are also given names: "Can Duruk", "Will Marshall", "May Habib". */
    static final Set<String> MODAL_NAMES = WordSet.of("can", "will", "may");

    /**
     * "Theresa May", "Brian Will": a capitalized modal right after a given name that opens the run, before no date's
     * number ("Tuesday May 5"), ends a person's name: inside a sentence a modal verb is written small.
     */
    private static boolean modalSurname(List<Token> tokens, int i, int j, int limit) {
        Token t = tokens.get(j);
        return j == i + 1 && MODAL_NAMES.contains(t.norm()) && Character.isUpperCase(t.surface().charAt(0))
                && LatinTypes.givenName(tokens, i) && !(j + 1 < limit && tokens.get(j + 1).script() == Script.NUMBER);
    }

    /** "Sam Hashemi and Can Duruk": a capitalized modal after a list word, before a name, opens a person's name. */
    private static boolean modalGivenName(List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        return i > 0 && i + 1 < limit && MODAL_NAMES.contains(t.norm()) && Character.isUpperCase(t.surface().charAt(0))
                && (tokens.get(i - 1).is("and") || tokens.get(i - 1).is(",") || tokens.get(i - 1).is("by"))
                && nameable(tokens.get(i + 1)) && !Character.isUpperCase(tokens.get(i - 1).surface().charAt(0));
    }

    private static int capitalizedRun(List<Token> tokens, int i, int limit, MentionSink sink, LatinContext context) {
        if (EnglishRoles.generalOfTitle(tokens, i) || EnglishRoles.generalBeforeTitle(tokens, i)
                || EnglishRoles.boardMemberEnd(tokens, i, limit) > 0) {
            return i; // "Director-General Jane Roe", "its General Manager", "Member of the Board": words of a title
        }
        int ordinalOpened = firstOpenedCompany(tokens, i, limit, sink, context);
        if (ordinalOpened > i) {
            return ordinalOpened;
        }
        boolean initial = i + 1 < limit && tokens.get(i + 1).is(".") && tokens.get(i + 1).start() == tokens.get(i).end()
                && tokens.get(i).surface().length() == 1 && Character.isUpperCase(tokens.get(i).surface().charAt(0));
        if (!(nameable(tokens.get(i)) || initial || webName(tokens, i, limit) || modalGivenName(tokens, i, limit))
                || (isMonth(tokens.get(i)) && !monthOpensName(tokens, i, limit, sink))) {
            return i;
        }
        int j = i + 1;
        while (j < limit && !sink.covered(j)) {
            Token t = tokens.get(j);
            if (isMonth(t) && j + 1 < limit && tokens.get(j + 1).script() == Script.NUMBER || contraction(tokens, j)) {
                break; // "the Expo June 16": a date ends the name before it
            } else if (LatinTypes.COURTESY.contains(t.norm()) && t.capitalized() && j + 1 < limit
                    && (nameable(tokens.get(j + 1)) || tokens.get(j + 1).is("."))) {
                break; // "CMD of BDL Commodore Jane Roe": a rank opens the next name
            } else if (j > i && (ticker(tokens, j, limit) || Aliases.bareTicker(tokens, i, j))) {
                break; // "Acacia Communications Inc ACIA.O", "Comverge COMV": the ticker is a second name, not part of the first
            } else if (nameable(t) || (Cues.ORG_ENDINGS.contains(t.norm()) && Character.isUpperCase(t.surface().charAt(0)))) {
                j++; // "Lumen AI": a company ending continues a name it cannot start
            } else if (modalSurname(tokens, i, j, limit)) {
                j++; // "Theresa May said": a capitalized modal after a given name is her surname
            } else if (t.capitalized() && t.script() == Script.LATIN && legalEnding(tokens, j + 1, limit)) {
                j++; // "Spectra Engineers Ltd", "Essential Drugs Company Limited": a common word, then the legal ending
            } else if (demonymInRegisteredName(tokens, j, limit)) {
                j++; // "Harlow Mexican Foods Inc": a nationality inside a registered name does not end it
            } else if (t.is(".") && t.start() == tokens.get(j - 1).end() && legalEnding(tokens, j + 1, limit)
                    && (LEGAL_ENDINGS.contains(tokens.get(j - 1).norm()) || tokens.get(j - 1).is("co"))) {
                j++; // "TOYO Co. Ltd", "Blu Smart Mobility Pvt. Ltd": the abbreviated ending, then the legal one
            } else if (t.is("on") && SITTING_BODIES.contains(tokens.get(j - 1).norm()) && j + 1 < limit
                    && nameable(tokens.get(j + 1)) && !sink.covered(j + 1) && DayNames.day(tokens.get(j + 1).norm()) == null
                    && !isMonth(tokens.get(j + 1))) {
                j++; // "Cabinet Committee on Public Purchase": the matter the committee sits on names it
            } else if (t.is("of") && j + 1 < limit && sink.placeAt(j + 1) && ORG_HEADS.contains(tokens.get(j - 1).norm())) {
                j++; // "Royal Bank of Scotland", "University of Leeds": the place is the end of the name
                while (j < limit && sink.placeAt(j)) {
                    j++;
                }
            } else if (t.is("at") && j + 1 < limit && j - i >= 3 && tokens.get(i).is("university") && tokens.get(i + 1).is("of")
                    && (sink.placeAt(j + 1) || campusName(tokens, j + 1, limit, sink))) {
                j++; // "University of Texas at Austin": a state university's campus is part of its name
                while (j < limit && sink.placeAt(j)) {
                    j++;
                }
            } else if (LatinTypes.apostrophe(t) && tokens.get(j - 1).surface().equals("O") && j + 1 < limit
                    && t.start() == tokens.get(j - 1).end() && tokens.get(j + 1).start() == t.end() && nameable(tokens.get(j + 1))) {
                j += 2; // "O'Hara"
            } else if (t.is("-") && designation(tokens, j, limit)) {
                j += 2; // "GTU-16", "MQ-9": a model number
            } else if (t.script() == Script.NUMBER && t.norm().length() <= 2 && j + 1 < limit
                    && (!tokens.get(j + 1).isWord() && !tokens.get(j + 1).is("%") || ProductModels.modelWord(tokens.get(j + 1)))) {
                j++; // "Zenphone 6 Plus": a model number before a model word stays in the name
            } else if (j == i + 1 && ProductModels.numbersName(tokens, i, limit)) {
                j++; // "Gear 360", "Forever 21": a one-word name and its number
            } else if ((t.is(",") || t.is("and")) && j - i >= 2 && unitListEnd(tokens, j, limit) > j) {
                j = unitListEnd(tokens, j, limit); // "Disney Parks, Experiences and Products": one division's lines
            } else if (CONNECTORS.contains(t.norm()) && j + 1 < limit && nameable(tokens.get(j + 1)) && !sink.covered(j + 1)
                    && !currencyPrefix(tokens, j + 1) && !currencyAmount(tokens, j + 1) && !ownerAfter(tokens, i, j, limit) && !personOf(tokens, i, j)
                    && !boardOf(tokens, i, j)) {
                j++; // "Bank for International Settlements", not "Pinefield Networks for US$360m" or "for AED 40m"
            } else if (t.is("of") && j + 2 < limit && tokens.get(j + 1).surface().equals("All") && nameable(tokens.get(j + 2))
                    && ALL_OF_BODIES.contains(tokens.get(j - 1).norm()) && !sink.covered(j + 1) && !sink.covered(j + 2)) {
                // "Federation of All Kenya Farmers": "All" capitalized after a body of members and "of" is a word of
                // the name, no stop word; after another word ("Board of All Points Logistics") "of" opens a new name
                j += 2;
            } else if (CONNECTORS.contains(t.norm()) && j + 2 < limit && SECOND_PARTICLES.contains(tokens.get(j + 1).norm())
                    && !tokens.get(j + 1).capitalized() && nameable(tokens.get(j + 2)) && !sink.covered(j + 2)) {
                j += 2; // "Pieter van der Berg"
            } else if (t.is("and") && firmClosing(tokens, j, limit, sink)) {
                j++; // "Saad Al Qasimi and Partners", "Hollis Trading and Contracting": the closing of a firm's name
            } else if (t.is("and") && (joinsName(tokens, i, j, limit, sink)
                    || fieldsOfBody(tokens, i, j, limit, sink)
                    || ((!Cues.ORG_ENDINGS.contains(tokens.get(j - 1).norm())
                    || endingsOnly(tokens, i, j)) && j + 1 < limit && nameable(tokens.get(j + 1))
                    && endsAsBody(tokens, i, j, limit, sink) && !givenAndSurname(tokens, i, j)
                    && (endingsOnly(tokens, i, j) || !context.alone(tokens.get(j - 1).norm()))))) {
                // a name already closed by its ending ("Stone Partners") is not joined to the next ("and Elm Fund"),
                // nor one the text uses alone elsewhere ("Tullis-Dickerson")
                j++; // "Bureau of Medicine and Surgery", "Competition and Markets Authority"
            } else if (t.is("and") && j == i + 1 && j + 1 < limit && context.andNames().contains(tokens.get(i).norm() + " and "
                    + tokens.get(j + 1).norm())) {
                j++; // "Plug and Play": the text never uses either half alone
            } else if (t.is("-") && j + 1 < limit && nameable(tokens.get(j + 1)) && tokens.get(j + 1).start() == t.end()) {
                j++;
            } else if (hyphenedArticle(tokens, j, limit) && !sink.covered(j + 2)) {
                j += 3; // "Amira al-Sayed", "Omar el-Hadi": the family name's article, small, glued to it by a hyphen
            } else if (t.is("-") && hyphenedParticle(tokens, j, limit)) {
                j += tokens.get(j + 2).is("-") ? 3 : 2; // "Shams-ul Islam", "Zia-ul-Haq": a small particle between hyphens
            } else if (t.is("-") && j == i + 2 && lowerSyllable(tokens, j, limit)) {
                j += 2; // "Park Min-jun", "Choi Hyun-woong": a two-syllable given name, its second syllable in lower case
            } else if (t.is("&") && j + 1 < limit && t.start() == tokens.get(j - 1).end() && tokens.get(j + 1).start() == t.end()
                    && tokens.get(j + 1).script() == Script.LATIN && Character.isUpperCase(tokens.get(j + 1).surface().charAt(0))) {
                j += 2; // "WBHO H&I JV", "B&Q": capitals glued by & are one name, whatever word ("I", "A") they spell
            } else if ((t.is("/") || t.is("+")) && j + 1 < limit && nameable(tokens.get(j + 1))
                    && tokens.get(j + 1).start() == t.end() && t.start() == tokens.get(j - 1).end()) {
                j++; // "Ground/Air Task Oriented Radar", "G/ATOR", "Kuehne+Nagel": words glued by / or + are one name
            } else if (t.is("+") && j + 1 < limit && !sink.covered(j + 1) && Character.isUpperCase(tokens.get(j + 1).surface().charAt(0))
                    && Cues.ORG_ENDINGS.contains(tokens.get(j + 1).norm())) {
                j++; // "Sandler O'Neill + Partners": a spaced plus before a company's ending joins it ("Vexa + Lumo" is two)
            } else if (ProductModels.closingPlus(tokens, j, limit)) {
                j++;
            } else if ((t.is(":") || t.is(".")) && j + 1 < limit && tokens.get(j + 1).script() == Script.LATIN
                    && t.start() == tokens.get(j - 1).end() && tokens.get(j + 1).start() == t.end()) {
                j += 2;
            } else if (t.is(".") && j + 1 < limit && t.start() == tokens.get(j - 1).end() && abbreviated(tokens.get(j - 1))
                    && !sink.covered(j + 1) && (nameable(tokens.get(j + 1)) || NameAbbreviations.contains(tokens.get(j - 1).norm())
                    && CONNECTORS.contains(tokens.get(j + 1).norm()) && j + 2 < limit && nameable(tokens.get(j + 2)))) {
                j++; // "J. Roe", "A.B. Carter Construction", "St. Paul", "U.S. Army", "Dept. of Finance": an initial does not end a name
            } else if (middleInitial(tokens, j, limit) && !sink.covered(j + 2)) {
                j += 2; // "Dennis A. Muilenburg": "A" and "I" are stop words, but an initial between names is no article
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * "said Jon Pell of Ardent Bio": a given name and a surname before "of" are a person, whose company follows; the
     * two names are not one ("Bank of America" opens on no given name).
     */
    private static boolean personOf(List<Token> tokens, int i, int of) {
        int words = LatinTypes.words(tokens, i, of);
        return tokens.get(of).is("of") && words >= 2 && words <= 3 && LatinTypes.givenName(tokens, i)
                && !Cues.ORG_ENDINGS.contains(tokens.get(of - 1).norm());
    }

    /**
     * "the Digital East Fund of Earlybird Venture Capital": an "of" between two names that each end as organizations do,
     * the first of two words or more, joins a fund or unit to its owner; each is a name of its own ("Bank of America",
     * "Ministry of Finance" are one).
     */
    private static boolean ownerAfter(List<Token> tokens, int i, int of, int limit) {
        if (!tokens.get(of).is("of") || of - i < 2 || !Cues.ORG_ENDINGS.contains(tokens.get(of - 1).norm())) {
            return false;
        }
        int k = of + 1;
        while (k < limit && nameable(tokens.get(k))) {
            k++;
        }
        return k - of > 2 && Cues.ORG_ENDINGS.contains(tokens.get(k - 1).norm());
    }

    /**
     * A division named by its lines of business: after a unit's word ("Parks", "Studios"), ", Experiences and
     * Products" or "and Resorts", capitalized common words in a list closed by "and", the name ending there. Returns
     * the end of the list, or {@code j} when there is none.
     */
    private static int unitListEnd(List<Token> tokens, int j, int limit) {
        if (!EntityFinder.DIVISIONS.contains(tokens.get(j - 1).norm())) {
            return j;
        }
        int k = j;
        while (k + 2 < limit && tokens.get(k).is(",") && lineOfBusiness(tokens.get(k + 1))) {
            k += 2;
        }
        if (k + 1 >= limit || !tokens.get(k).is("and") || !lineOfBusiness(tokens.get(k + 1))
                || (k == j && !EntityFinder.DIVISIONS.contains(tokens.get(k + 1).norm()))
                || (k + 2 < limit && nameable(tokens.get(k + 2)))) {
            return j; // "Parks and Resorts" alone must join two units' words; "Studios, Pixar and Marvel" are names
        }
        return k + 2;
    }

    private static boolean lineOfBusiness(Token t) {
        return t.capitalized() && t.script() == Script.LATIN && CommonWords.isCommon(t.norm())
                && !NameLexicon.isEnglishStop(t);
    }

    /** Words telling a board's reach, not its name: "Global Advisory Board", "International Advisory Board". */
    private static final Set<String> BOARD_SCOPES = WordSet.of("global", "international", "regional", "strategic",
            "scientific", "technical");

    /**
     * "Board of Directors", "Supervisory Board", "Global Advisory Board": a company's board named by common words alone
     * is no name of its own.
     */
    private static boolean boardOnly(List<Token> tokens, int i, int end) {
        boolean board = false;
        for (int k = i; k < end; k++) {
            String n = tokens.get(k).norm();
            if (!BOARD_WORDS.contains(n) && !n.equals("of") && !(k == i && BOARD_SCOPES.contains(n))) {
                return false;
            }
            board |= n.equals("board");
        }
        return board;
    }

    /**
     * "Board of Directors of Acme", "Supervisory Board of Acme": the "of" at {@code j} after a company's board named by
     * common words opens the company's own name, not more of the board's ("Board of Directors" itself stays whole); a
     * bare "Board of" may name a body of its own ("Board of Trade", "Board of Investment").
     */
    private static boolean boardOf(List<Token> tokens, int i, int j) {
        return j - i > 1 && boardOnly(tokens, i, j) && tokens.get(j).is("of") && j + 1 < tokens.size()
                && !BOARD_WORDS.contains(tokens.get(j + 1).norm());
    }

    /** Small Arabic particles that South Asian names write between hyphens: "Shams-ul Islam", "Habib-ur Rahman". */
    static final Set<String> HYPHENED_PARTICLES = WordSet.of("ul", "ur", "ud", "us", "un", "uz");

    /**
     * "Shams-ul Islam", "Zia-ul-Haq", "Salah-ud-Din": at the hyphen {@code j}, a small particle glued to it and the
     * name word after it (glued by a second hyphen or after a space) go on with the name.
     */
    private static boolean hyphenedParticle(List<Token> tokens, int j, int limit) {
        if (j + 2 >= limit || tokens.get(j + 1).start() != tokens.get(j).end()
                || !HYPHENED_PARTICLES.contains(tokens.get(j + 1).surface())) {
            return false;
        }
        int name = tokens.get(j + 2).is("-") ? j + 3 : j + 2;
        return name < limit && nameable(tokens.get(name)) && (name == j + 2 || tokens.get(name).start() == tokens.get(j + 2).end());
    }

    /** Arabic articles a family name is written with in English, small and hyphened: "al-Sayed", "el-Hadi". */
    private static final Set<String> HYPHENED_ARTICLES = Set.of("al", "el");

    /** At {@code j}, a small "al" or "el", a hyphen and a capitalized word, all glued together. */
    private static boolean hyphenedArticle(List<Token> tokens, int j, int limit) {
        Token article = tokens.get(j);
        return j + 2 < limit && HYPHENED_ARTICLES.contains(article.surface()) && tokens.get(j + 1).is("-")
                && tokens.get(j + 1).start() == article.end() && tokens.get(j + 2).start() == tokens.get(j + 1).end()
                && nameable(tokens.get(j + 2));
    }

    /** One capital letter glued to its period, then a capitalized name word: the middle initial of a person's name. */
    private static boolean middleInitial(List<Token> tokens, int j, int limit) {
        Token letter = tokens.get(j);
        return j + 2 < limit && letter.surface().length() == 1 && Character.isUpperCase(letter.surface().charAt(0))
                && letter.script() == Script.LATIN && tokens.get(j + 1).is(".") && tokens.get(j + 1).start() == letter.end()
                && nameable(tokens.get(j + 2));
    }

    /**
     * "and" inside a name: after "of" in the same name, with one more capitalized word that ends it ("Bureau of
     * Medicine and Surgery", "Ministry of Trade and Industry"), not before a second name ("… of Energy and Google").
     */
    private static boolean joinsName(List<Token> tokens, int i, int and, int limit, MentionSink sink) {
        boolean of = false;
        for (int k = i + 1; k < and; k++) {
            of |= tokens.get(k).is("of");
        }
        int next = and + 1;
        if (!of || next >= limit || sink.covered(next) || !nameable(tokens.get(next))
                || NameLexicon.isLatinGivenName(tokens.get(next))) {
            return false;
        }
        boolean endedBefore = Cues.ORG_ENDINGS.contains(tokens.get(and - 1).norm());
        if (next + 1 < limit && endedBefore && Cues.ORG_ENDINGS.contains(tokens.get(next + 1).norm())) {
            return false; // "a fund of Birch Venture Capital and Oak Ventures": each side closed by its company ending
        }
        if (next + 1 >= limit || !nameable(tokens.get(next + 1)) || Cues.ORG_ENDINGS.contains(tokens.get(next + 1).norm())) {
            return true;
        }
        int k = next + 1;
        while (k < limit && k < next + 4 && !sink.covered(k) && nameable(tokens.get(k))) {
            k++;
        }
        return Cues.FIELD_ENDINGS.contains(tokens.get(k - 1).norm()); // "… and Law Enforcement Affairs"
    }

    /** Words a firm owned by a person or a family closes its name with after "and": "Al Qasimi and Partners". */
    private static final Set<String> FIRM_CLOSINGS = WordSet.of("partners", "sons", "brothers", "associates");

    /**
     * At the "and" {@code and}: a partnership's closing word follows ("… and Partners", "… and Sons"), or two lines of
     * business in -ing join ("Trading and Contracting", "Engineering and Contracting"), the name going on.
     */
    private static boolean firmClosing(List<Token> tokens, int and, int limit, MentionSink sink) {
        if (and + 1 >= limit || sink.covered(and + 1) || !tokens.get(and + 1).capitalized()) {
            return false;
        }
        Token next = tokens.get(and + 1);
        return FIRM_CLOSINGS.contains(next.norm()) || trade(tokens.get(and - 1)) && trade(next);
    }

    /** A capitalized line of business in -ing: "Trading", "Contracting", "Engineering". */
    private static boolean trade(Token t) {
        String n = t.norm();
        return t.capitalized() && n.length() > 6 && n.endsWith("ing") && (CommonWords.isCommon(n) || Cues.ORG_ENDINGS.contains(n));
    }

    /**
     * "chief executive Jane Roe and Brisk Bank president Tom Baker": a given name and a surname before "and" are a
     * person, not the first half of a company's name ("Marks and Spencer" is one word before "and").
     */
    private static boolean givenAndSurname(List<Token> tokens, int i, int and) {
        return and - i == 2 && NameLexicon.isLatinGivenName(tokens.get(i));
    }

    /** Nouns a company's unit is called by after its name: "the Mercedes-Benz Cars division". */
    private static final Set<String> UNIT_NOUNS = WordSet.of("unit", "units", "division", "business", "businesses",
            "team", "segment", "arm", "department");

    /**
     * "Google's Large Customer Sales (LCS) unit", "the HP Software business unit", "Samsung's Mobile Communications
     * Business president": common words after a company's name or its possessive, then a unit's noun, name a part of
     * the company that is no organization of its own.
     */
    private static boolean businessUnit(List<Token> tokens, int i, int end, Sentence s, MentionSink sink) {
        for (int k = i; k < end; k++) {
            String n = tokens.get(k).norm();
            boolean plural = n.length() > 3 && n.endsWith("s") && CommonWords.isCommon(n.substring(0, n.length() - 1));
            if (!CommonWords.isCommon(n) && !plural && !Cues.ORG_ENDINGS.contains(n) && !Cues.FIELD_ENDINGS.contains(n)
                    && !UNIT_NOUNS.contains(n)) {
                return false; // "Cars", "Business": plurals and unit nouns are common words too
            }
        }
        int owner = i - 1 > s.firstToken() && tokens.get(i - 1).is("'s") ? i - 2 : i - 1;
        Mention company = owner >= s.firstToken() ? sink.at(owner) : null;
        if (company == null || company.type() != EntityType.ORGANIZATION) {
            return false;
        }
        if (UNIT_NOUNS.contains(tokens.get(end - 1).norm()) && end - i >= 2) {
            return true; // "Mobile Communications Business"
        }
        int k = end;
        if (k + 2 < s.endToken() && tokens.get(k).is("(") && tokens.get(k + 2).is(")")) {
            k += 3; // "(LCS)": the unit's abbreviation
        }
        return k < s.endToken() && UNIT_NOUNS.contains(tokens.get(k).norm()) && !tokens.get(k).capitalized();
    }

    /**
     * A common word written right after a company's or a product's name ("DENSO Manufacturing", "Mercedes-Benz Cars",
     * "the World Bank Group Evolution process") names a part or a line of that one, never a second name by itself.
     */
    private static boolean lineOfNamedBusiness(List<Token> tokens, int i, int first, MentionSink sink) {
        if (i == first || !tokens.get(i - 1).isWord()) {
            return false;
        }
        Mention before = sink.at(i - 1);
        if (before == null || (before.type() != EntityType.ORGANIZATION && before.type() != EntityType.PRODUCT)) {
            return false;
        }
        String w = tokens.get(i).norm();
        return CommonWords.isCommon(w) || (w.length() > 3 && w.endsWith("s") && CommonWords.isCommon(w.substring(0, w.length() - 1)));
    }

    /**
     * "Omar Al Futtaim", "Abdul Aziz Al Ghurair": a given name and at most one more word written right before a known company that is a family's name
     * (its article "Al" and one word) name a member of that family, not the company. Returns the end of the family
     * name, or -1.
     */
    private static int familyNamedCompanyEnd(List<Token> tokens, int i, int end, int limit, MentionSink sink) {
        if (end >= limit || end - i > 2 || !LatinTypes.givenName(tokens, i) || tokens.get(end).start() != tokens.get(end - 1).end() + 1) {
            return -1;
        }
        Mention family = sink.at(end);
        boolean articled = tokens.get(end).is("al") || tokens.get(end).is("el");
        if (family == null || family.type() != EntityType.ORGANIZATION || family.startToken() != end || !articled
                || !(family.endToken() == end + 2 || family.endToken() == end + 3 && tokens.get(end + 1).is("-"))) {
            return -1;
        }
        return family.endToken();
    }

    /**
     * "Kestrova Engineering Group", "Orvane Green Energy Holdings", "Kestrova Bank Kenya": common words closed by a
     * company's ending, written right after a known company's name, name an affiliate of it, a company of its own whose
     * name holds the known one. Two such words at least, or one when a country it serves closes the run ("HSBC Bank
     * Oman"). Returns where the known name starts, or -1.
     */
    private static int affiliateStart(List<Token> tokens, int i, int end, MentionSink sink) {
        int named = end - i >= 2 ? countryStart(tokens, i + 1, end) : end;
        if (i == 0 || end - i < 2 || !Cues.ORG_ENDINGS.contains(tokens.get(named - 1).norm())
                || tokens.get(i).start() != tokens.get(i - 1).end() + 1) {
            return -1;
        }
        Mention known = sink.at(i - 1);
        if (known == null || known.type() != EntityType.ORGANIZATION || known.endToken() != i) {
            return -1;
        }
        for (int k = i; k < named; k++) {
            String n = tokens.get(k).norm();
            if (!CommonWords.isCommon(n) && !Cues.ORG_ENDINGS.contains(n) && !Cues.FIELD_ENDINGS.contains(n) && !tokens.get(k).is("&")) {
                return -1;
            }
        }
        return known.startToken();
    }

    /**
     * Where a country closing the run [from, end) starts ("… Bank Oman": the country names the affiliate's market, as
     * in "HSBC Bank Oman"), or {@code end} when the run closes with no country.
     */
    private static int countryStart(List<Token> tokens, int from, int end) {
        Gazetteer gazetteer = Gazetteer.get();
        for (int k = from; k < end; k++) {
            Gazetteer.Match place = gazetteer.match(tokens, k, end);
            if (place != null && place.endToken() == end && gazetteer.countryCode(place.entry()) != null) {
                return k;
            }
        }
        return end;
    }

    private static final Set<String> GOVERNMENT_UNITS = WordSet.of("ministry", "department", "office", "directorate",
            "secretariat", "inspectorate", "regulator", "committee", "division");

    /**
     * "Kuwaiti Investment Authority", "Jordanian Egyptian Fertilizer Company": one or two nationalities right before
     * common or field words that close with a company's or a body's ending open the name, which says what the body
     * does for the nation; before a brand's own word ("Saudi Nexora Holdings") or a bare name ("Saudi Acme said") a
     * nationality only describes the company, and a government's unit is the country's, not named by it ("the
     * Egyptian Finance Ministry"). Returns the name's start.
     */
    private static int nationalBodyStart(List<Token> tokens, int i, int end, Sentence s, MentionSink sink) {
        Token last = tokens.get(end - 1);
        boolean closed = end - i >= 2 && last.capitalized() && !GOVERNMENT_UNITS.contains(last.norm())
                && (Cues.ORG_ENDINGS.contains(last.norm()) || LEGAL_ENDINGS.contains(last.norm()));
        if (!closed && !(end < s.endToken() && tokens.get(end).capitalized() && CompanySuffixes.TYPES.contains(tokens.get(end).norm()))) {
            return i; // "Fertilizer Company": the run stops before a registered name's last word, which joins it later
        }
        for (int w = i; w < (closed ? end - 1 : end); w++) {
            String n = tokens.get(w).norm();
            if (!CommonWords.isCommon(n) && !Cues.FIELD_ENDINGS.contains(n) && !Cues.ORG_ENDINGS.contains(n)) {
                return i; // "Saudi Nexora Holdings": a brand's own word; the nationality only describes the company
            }
        }
        int k = i;
        while (k > i - 2 && k - 1 >= s.firstToken() && !sink.covered(k - 1) && tokens.get(k - 1).capitalized()
                && DEMONYMS.contains(tokens.get(k - 1).norm()) && tokens.get(k - 1).end() + 1 >= tokens.get(k).start()) {
            k--;
        }
        return k;
    }

    /** "Don't", "Won't": the word at {@code k} and a glued apostrophe and "t" after it. */
    private static boolean contraction(List<Token> tokens, int k) {
        if (k + 2 >= tokens.size()) {
            return false;
        }
        Token mark = tokens.get(k + 1);
        Token t = tokens.get(k + 2);
        return LatinTypes.apostrophe(mark) && mark.start() == tokens.get(k).end() && t.start() == mark.end() && t.is("t");
    }

    /**
     * A capitalized nationality followed by one or two name words and a legal ending ("Mexican Grill Inc", "Indian
     * Hotels Company Ltd"): a word of the company's registered name, though alone it qualifies a noun.
     */
    private static boolean demonymInRegisteredName(List<Token> tokens, int j, int limit) {
        if (!tokens.get(j).capitalized() || !DEMONYMS.contains(tokens.get(j).norm()) || j + 1 >= limit
                || !nameable(tokens.get(j + 1))) {
            return false;
        }
        return legalEnding(tokens, j + 2, limit) || j + 2 < limit && nameable(tokens.get(j + 2)) && legalEnding(tokens, j + 3, limit);
    }

    /** Whether a capitalized legal ending ("Ltd", "Limited", "Pte") stands at {@code k}. */
    private static boolean legalEnding(List<Token> tokens, int k, int limit) {
        return k < limit && tokens.get(k).capitalized() && LEGAL_ENDINGS.contains(tokens.get(k).norm());
    }

    /**
     * "Energy and Mineral Resources Division", "Roads and Highways Department": common words before "and" and a
     * public body's word after it name one body by its fields, though each field word alone looks like a name too.
     * The capitalized words after "and" must be common words, fields or companies' endings too ("and Capital
     * Committee"), not a name of its own before a body's word ("and Kellam Institute").
     */
    private static boolean fieldsOfBody(List<Token> tokens, int i, int and, int limit, MentionSink sink) {
        for (int k = i; k < and; k++) {
            if (!CommonWords.isCommon(tokens.get(k).norm()) && !Cues.FIELD_ENDINGS.contains(tokens.get(k).norm())) {
                return false;
            }
        }
        int k = and + 1;
        while (k < limit && !sink.covered(k) && tokens.get(k).capitalized() && tokens.get(k).script() == Script.LATIN) {
            String n = tokens.get(k).norm();
            if (!CommonWords.isCommon(n) && !Cues.ORG_ENDINGS.contains(n) && !Cues.FIELD_ENDINGS.contains(n)) {
                return false;
            }
            k++;
        }
        return PUBLIC_BODIES.contains(tokens.get(k - 1).norm());
    }

    /** "Systems and …": a run so far of company endings alone, which is no name yet and may go on after "and". */
    private static boolean endingsOnly(List<Token> tokens, int i, int j) {
        for (int k = i; k < j; k++) {
            if (!Cues.ORG_ENDINGS.contains(tokens.get(k).norm())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A stock ticker written after a name: capitals glued by "." to an exchange letter or two ("ACIA.O", "BP.L"), or
     * an exchange code glued by ":" to one ("LON:AVON").
     */
    private static final List<String> NOTICE_LAW = List.of("worker", "adjustment", "and", "retraining", "notification");

    /**
     * "a WARN notice", "the Worker Adjustment and Retraining Notification Act": the US law under which layoffs are
     * announced, cited by most US layoff stories, names no organization. The end of its name at {@code i}, or -1.
     */
    private static int noticeLaw(List<Token> tokens, int i, int limit) {
        if (tokens.get(i).surface().equals("WARN")) {
            return i + 1;
        }
        if (!tokens.get(i).is("worker") || i + NOTICE_LAW.size() > limit) {
            return -1;
        }
        for (int k = 0; k < NOTICE_LAW.size(); k++) {
            if (!tokens.get(i + k).is(NOTICE_LAW.get(k))) {
                return -1;
            }
        }
        int end = i + NOTICE_LAW.size();
        return end < limit && tokens.get(end).is("act") ? end + 1 : end;
    }

    /** "times", "journal": the last word of a newspaper's name, by which a story calls it again ("the Times"). */
    static boolean publicationEnding(String folded) {
        return PUBLICATION_ENDINGS.contains(folded);
    }

    /** A stock exchange's code or name as written before a ticker: "NYSE", "Nasdaq", "LON". */
    static boolean exchange(String folded) {
        return EXCHANGES.contains(folded);
    }

    static boolean ticker(List<Token> tokens, int k, int limit) {
        if (k + 2 >= limit || !Aliases.allCaps(tokens.get(k)) || !(tokens.get(k + 1).is(".") || tokens.get(k + 1).is(":"))
                || tokens.get(k + 1).start() != tokens.get(k).end() || tokens.get(k + 2).start() != tokens.get(k + 1).end()) {
            return false;
        }
        String after = tokens.get(k + 2).surface();
        if (tokens.get(k + 1).is(":")) {
            return EXCHANGES.contains(tokens.get(k).norm()) && Aliases.allCaps(tokens.get(k + 2));
        }
        return after.length() <= 2 && after.chars().allMatch(Character::isUpperCase)
                && !(k + 3 < limit && tokens.get(k + 3).is(".") && tokens.get(k + 3).start() == tokens.get(k + 2).end()
                && !tickerBeforeFullStop(tokens, k, limit));
    }

    /**
     * "a stake in Dubai-based courier Aramex ARMX.DU.": a ticker of three letters or more whose market code is followed
     * by the sentence's full stop, not by another letter ("U.S.A.", where the letters are single).
     */
    private static boolean tickerBeforeFullStop(List<Token> tokens, int k, int limit) {
        return tokens.get(k).surface().length() >= 3
                && (k + 4 >= limit || !tokens.get(k + 4).isWord() || tokens.get(k + 4).start() != tokens.get(k + 3).end());
    }

    /** "-16" glued after capitals, as in "GTU-16", "F-35", "MQ-9": a model's designation. */
    private static boolean designation(List<Token> tokens, int dash, int limit) {
        Token before = tokens.get(dash - 1);
        Token number = dash + 1 < limit ? tokens.get(dash + 1) : null;
        return number != null && number.script() == Script.NUMBER && number.norm().length() <= 4
                && before.end() == tokens.get(dash).start() && tokens.get(dash).end() == number.start()
                && before.surface().chars().allMatch(Character::isUpperCase) && !before.is("g")
                && !(dash + 2 < limit && tokens.get(dash + 2).start() == number.end() && tokens.get(dash + 2).isWord());
    }

    /**
     * After the "and" at {@code and}, capitalized words closed by an organization's ending ("… and Spencer Group"), or by
     * a legal form when lines of business stand on both sides of "and" ("Delta Container and Cargo Handling Company";
     * "Orvane and Delcor Trading Company", "Qassim Cement and Najran Cement Company" are two companies).
     */
    private static boolean endsAsBody(List<Token> tokens, int i, int and, int limit, MentionSink sink) {
        int from = and + 1;
        int k = from;
        while (k < limit && !sink.covered(k) && (nameable(tokens.get(k)) || (k > from && tokens.get(k).capitalized()
                && companyEnding(tokens.get(k).norm())))) {
            k++; // "Spencer Group", "Cargo Handling Company": a company's ending counts though it is a common word
        }
        String last = tokens.get(k - 1).norm();
        return k > from && !Cues.ORG_ENDINGS.contains(tokens.get(from).norm()) && (Cues.ORG_ENDINGS.contains(last)
                || LatinTypes.LEGAL_SUFFIXES.contains(last) && and - i >= 2 && allCommon(tokens, and - 1, and)
                && allCommon(tokens, from, k - 1));
    }

    /** Whether every word of [from, end) is a common word: a line of business ("Cargo Handling"), no name ("Najran Cement"). */
    private static boolean allCommon(List<Token> tokens, int from, int end) {
        for (int k = from; k < end; k++) {
            if (!CommonWords.isCommon(tokens.get(k).norm())) {
                return false;
            }
        }
        return true;
    }

    private static boolean companyEnding(String folded) {
        return Cues.ORG_ENDINGS.contains(folded) || LatinTypes.LEGAL_SUFFIXES.contains(folded);
    }

    /** "Chief Financial Officer": title words between the heads of a title are the title, not a name. */
    private static boolean insideTitle(List<Token> tokens, int i, int end, Sentence s) {
        for (int k = i; k < end; k++) {
            if (!NameLexicon.isEnglishTitle(tokens.get(k))) {
                return false;
            }
        }
        return (i > s.firstToken() && NameLexicon.isEnglishTitleHead(tokens.get(i - 1).norm()))
                || (end < s.endToken() && NameLexicon.isEnglishTitleHead(tokens.get(end).norm()));
    }

    /**
     * "Chief Digital Officer", "Chief Human Resources Officer": the capitalized words between "Chief" and "Officer" are
     * the office's field, whatever the title lexicon lists, not a company's or a person's name.
     */
    private static boolean officeField(List<Token> tokens, int i, int end, Sentence s) {
        return i > s.firstToken() && end < s.endToken() && tokens.get(i - 1).is("chief") && tokens.get(end).is("officer");
    }

    /**
     * "the head of sales, Helena Berdt, said", "vice president of marketing, Jane Roe said": after the comma closing a
     * title's field, a person's name (a given name, or a name closed by a comma or a verb of speech) holds the title;
     * a field goes on with "and" ("of Cloud, Cognitive Software and Research"). So does a given name right after a field
     * written small.
     */
    private static boolean apposedHolder(List<Token> tokens, int i, int end, Sentence s) {
        if (i - 1 <= s.firstToken() || LatinTypes.words(tokens, i, end) > 3) {
            return false;
        }
        boolean person = LatinTypes.givenName(tokens, i) && LatinTypes.words(tokens, i, end) >= 2;
        if (!tokens.get(i - 1).is(",")) {
            return person && !tokens.get(i - 1).capitalized(); // "head of sales Helena Berdt": a field written small
        }
        return person || end < s.endToken() && (tokens.get(end).is(",") || HOLDER_VERBS.contains(tokens.get(end).norm()));
    }

    /**
     * "senior vice president, Finance, has been named": title words between commas right after a title's head are the
     * department it covers, set off as the title's own apposition.
     */
    private static boolean commaField(List<Token> tokens, int i, int end, Sentence s) {
        return i - 2 >= s.firstToken() && tokens.get(i - 1).is(",") && NameLexicon.isEnglishTitleHead(tokens.get(i - 2).norm())
                && end < s.endToken() && (tokens.get(end).is(",") || tokens.get(end).is(")"));
    }

    /** Verbs of speech after a name apposed to a title: "…, Jane Roe said". */
    private static final Set<String> HOLDER_VERBS = WordSet.of("said", "says", "told", "added", "noted", "explained");

    /**
     * The field a title covers: "Vice President of GenAI Product and Operations", "Senior Vice President for Cloud
     * and Cognitive Software". Title words after "of"/"for", or any words joined by "and" to such title words, or
     * common words that only a field can be.
     */
    private static boolean titleComplement(List<Token> tokens, int i, int end, Sentence s) {
        boolean allTitle = true;
        boolean allCommon = true;
        for (int k = i; k < end; k++) {
            allTitle &= NameLexicon.isEnglishTitle(tokens.get(k));
            allCommon &= CommonWords.isCommon(tokens.get(k).norm());
        }
        if (!allTitle && apposedHolder(tokens, i, end, s)) {
            return false;
        }
        if (allTitle && commaField(tokens, i, end, s)) {
            return true;
        }
        // "CEO for Special Projects", "head of Special Projects at Acme": common words after "for", or after "of" with
        // the employer named next, are the post's field, not a unit's name
        boolean field = allCommon && i > s.firstToken()
                && (tokens.get(i - 1).is("for") || end < s.endToken() && tokens.get(end).is("at"));
        boolean preposition = false;
        boolean titleBetween = false;
        for (int k = i - 1; k >= s.firstToken(); k--) {
            String n = tokens.get(k).norm();
            if (!preposition && (n.equals("of") || n.equals("for"))) {
                preposition = true;
            } else if (NameLexicon.isEnglishTitleHead(n)) {
                return preposition && (allTitle || titleBetween || field);
            } else if (NameLexicon.isEnglishTitle(tokens.get(k))) {
                titleBetween |= !preposition;
            } else if (!n.equals("and") && !n.equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * In a sentence in title case every word is capitalized, verbs too: the name in a run there is its longest start
     * that the text writes elsewhere as well. Returns the end of that start, or {@code i} when the text has none.
     */
    private static int toldElsewhere(List<Token> tokens, int i, int end, Sentence s, String text) {
        int from = tokens.get(s.firstToken()).start();
        int to = tokens.get(s.endToken() - 1).end();
        int windowStart = Math.max(0, from - HEADLINE_WINDOW);
        int windowEnd = Math.min(text.length(), to + HEADLINE_WINDOW);
        for (int k = end; k > i; k--) {
            String name = text.substring(tokens.get(i).start(), tokens.get(k - 1).end());
            for (int at = text.indexOf(name, windowStart); at >= 0 && at + name.length() <= windowEnd;
                 at = text.indexOf(name, at + 1)) {
                if ((at < from || at >= to) && wordBoundary(text, at + name.length()) && !afterCapitalizedWord(text, at)) {
                    return k;
                }
            }
        }
        return i;
    }

    /**
     * A line without a closing period, as headlines are written (a sentence full of names ends with one); a headline
     * may ask or exclaim ("Layoff or Death By a Thousand Cuts?").
     */
    private static boolean unpunctuated(List<Token> tokens, Sentence s) {
        return !tokens.get(s.endToken() - 1).is(".");
    }

    /** Whether the word before {@code at} is capitalized, so the text there names something longer ("Norvale Robotics"). */
    private static boolean afterCapitalizedWord(String text, int at) {
        int k = at - 1;
        if (k >= 0 && Character.isLetterOrDigit(text.charAt(k))) {
            return true; // inside a word
        }
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        int wordEnd = k;
        while (k >= 0 && Character.isLetter(text.charAt(k))) {
            k--;
        }
        return wordEnd > k && Character.isUpperCase(text.charAt(k + 1));
    }

    private static boolean wordBoundary(String text, int at) {
        return at >= text.length() || !Character.isLetterOrDigit(text.charAt(at));
    }

    /** "People.ai", "Monday.com": a word glued to a web domain's ending is a name, even a common word. */
    private static boolean webName(List<Token> tokens, int i, int limit) {
        return i + 2 < limit && tokens.get(i).capitalized() && tokens.get(i + 1).is(".")
                && tokens.get(i + 1).start() == tokens.get(i).end() && tokens.get(i + 2).start() == tokens.get(i + 1).end()
                && WEB_ENDINGS.contains(tokens.get(i + 2).surface());
    }

    /** A single capital letter or a short word that is written with a period before more of the same name. */
    private static boolean abbreviated(Token t) {
        String s = t.surface();
        return (s.length() == 1 && Character.isUpperCase(s.charAt(0))) || INNER_ABBREVIATIONS.contains(t.norm())
                || NameAbbreviations.contains(t.norm());
    }

    private static boolean hyphenated(List<Token> tokens, int i, int limit) {
        return i + 2 < limit && tokens.get(i + 1).is("-") && tokens.get(i + 1).start() == tokens.get(i).end()
                && tokens.get(i + 2).start() == tokens.get(i + 1).end() && nameable(tokens.get(i + 2));
    }

    /**
     * A hyphen at {@code j} glued between a capitalized word and a lower-case one that is no English word ("Min-jun",
     * not "Seoul-based", "Asia-wide"), with no second hyphen after it.
     */
    static boolean lowerSyllable(List<Token> tokens, int j, int limit) {
        if (j + 1 >= limit || !tokens.get(j - 1).capitalized() || tokens.get(j).start() != tokens.get(j - 1).end()) {
            return false;
        }
        Token syllable = tokens.get(j + 1);
        return syllable.start() == tokens.get(j).end() && syllable.script() == Script.LATIN && !syllable.capitalized()
                && !CommonWords.isCommon(syllable.norm()) && !NameLexicon.isEnglishStop(syllable)
                && !(j + 2 < limit && tokens.get(j + 2).is("-") && tokens.get(j + 2).start() == syllable.end());
    }

    /**
     * "June" is a month unless a name follows ("Jan Leike", "Jan-Erik Larsson"), a name not found already ("In July Nokia
     * struck") after no date's preposition ("since June Quarterly sales"), or another month joins it ("the April-June
     * quarter").
     */
    private static boolean monthOpensName(List<Token> tokens, int i, int limit, MentionSink sink) {
        if (hyphenated(tokens, i, limit)) {
            return !isMonth(tokens.get(i + 2));
        }
        Token before = i > 0 ? tokens.get(i - 1) : null;
        boolean dated = before != null && !before.is("and") && !before.is("of") && DateReader.monthCue(before.norm());
        return i + 1 < limit && nameable(tokens.get(i + 1)) && !isMonth(tokens.get(i + 1)) && !sink.covered(i + 1) && !dated;
    }

    private static boolean isMonth(Token t) {
        return MonthNames.month(t.norm()) != null;
    }
}
