package dev.khabar.core.entities;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.roles.EnglishRoles;
import dev.khabar.core.roles.PostNounPhrases;
import dev.khabar.core.roles.RoleMatch;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * What an unlisted Latin name is, from its own words (a given name, an ending such as Station or Plus) and the words
 * around it (a title, a verb only people do, a place statement, a product noun).
 */
final class LatinTypes {
    /** Lines of business that end a family firm's name after a given name: "Abdul Wahid Trading", "Omar Contracting". */
    private static final Set<String> FAMILY_FIRM_LINES = WordSet.of("trading", "contracting");
    private static final Set<String> HONORIFICS = WordSet.of("sheikh", "sheikha", "prince", "princess", "king", "queen",
            "emir", "sultan", "sir", "dame", "lord", "lady", "dr", "president", "minister");
    /** Courtesy words and ranks written before a person's name and left out of it: "Dame Ysolde Marrick", "Mr. Roe". */
    static final Set<String> COURTESY = WordSet.of("sir", "dame", "dr", "prof", "professor", "mr", "mrs", "ms",
            "commodore", "colonel", "brigadier", "lieutenant", "lt", "col", "capt", "cmdr", "eng"); // not "General Motors"
    /** Whether the word is a title of rank or address written before a person's name: "Sheikh", "Prince", "Sir". */
    static boolean honorific(Token t) {
        return HONORIFICS.contains(t.norm()) || COURTESY.contains(t.norm());
    }

    /** Verbs only a person is the subject of: organizations do not resign or work for someone. */
    private static final Set<String> PERSON_VERBS = WordSet.of("resigned", "resigns", "quit", "quits", "retired", "retires",
            "stepped", "steps", "step");
    private static final Set<String> WORK_VERBS = WordSet.of("works", "worked", "work");
    /** Words between a name and its verb: "X no longer works for", "X has resigned". */
    private static final Set<String> AUXILIARIES = WordSet.of("no", "longer", "has", "had", "have", "will", "would", "also",
            "previously", "formerly", "once", "now", "currently", "recently",
            "then", "later", "abruptly", "suddenly", "is", "was", "to", "been", "be");
    /** Nouns of a person's life after a possessive: "X's departure", "X's wife". */
    private static final Set<String> PERSONAL_NOUNS = WordSet.of("departure", "resignation", "retirement", "wife", "husband",
            "son", "daughter", "successor", "predecessor", "tenure", "birthday", "career");
    /** Last words of a company's division that no surname is: "Walt Disney Studios" is no person. */
    private static final Set<String> UNIT_ENDINGS = WordSet.of("studios", "pictures", "resorts", "entertainment", "products",
            "experiences");
    /** Last words of place names: "Zhejiang Province", "Orange County". */
    private static final Set<String> PLACE_ENDINGS = WordSet.of("province", "county", "prefecture", "governorate",
            "district", "oblast");
    /**
     * Words of land and sea that end a place's name only after a word of place ("the Arabian Peninsula", "the Eastern
     * Region", "the Kurdistan Region" when the text names Kurdistan): after any other word they end companies' names
     * as often ("Pacific Coast Holdings", "Acme Region").
     */
    private static final Set<String> LAND_ENDINGS = WordSet.of("peninsula", "region", "coast", "island", "islands", "emirate");
    private static final Set<String> PLACE_WORDS = WordSet.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "middle", "far", "near", "upper", "lower", "greater");

    private LatinTypes() {
    }

    private static final Set<String> SAINTS = WordSet.of("st", "mt", "ft");
    /** Middle names of South Asian people's names, which no company's name has in its middle. */
    private static final Set<String> MIDDLE_NAMES = WordSet.of("singh", "kumar", "kaur", "prasad", "chandra", "lal", "nath");
    static final Set<String> LEGAL_SUFFIXES = CompanySuffixes.TYPES;

    /** The type of the name in tokens [i, end), or null when it names an event (a summit, an act). */
    static EntityType classify(List<Token> tokens, int i, int end, Sentence s, LatinContext context) {
        Set<String> places = context.places();
        String last = tokens.get(end - 1).norm();
        if (Cues.EVENT_ENDINGS.contains(last)
                || last.equals("congress") && end - i >= 2 && tokens.get(end - 2).is("world")) {
            return null; // "Mobile World Congress", "World Congress of Cardiology": a gathering; "Congress" is a legislature
        }
        if (end + 1 < s.endToken() && tokens.get(end).is("-") && tokens.get(end + 1).is("based")) {
            return EntityType.LOCATION;
        }
        if (end < s.endToken() && (tokens.get(end).is("headquarters") || tokens.get(end).is("hq")) && i > s.firstToken()
                && (tokens.get(i - 1).is("its") || tokens.get(i - 1).is("their") || tokens.get(i - 1).is("'s"))) {
            return EntityType.LOCATION; // "its Leeds headquarters": the place of the seat
        }
        if (end + 1 < s.endToken() && tokens.get(end).is("-") && tokens.get(end + 1).is("brand")) {
            return EntityType.PRODUCT; // "its QNX-brand software"
        }
        if (end - i >= 2 && ProductModels.closingPlus(tokens, end - 1, s.endToken())) {
            return EntityType.PRODUCT; // "ESPN+", "S23+": a plus tier or a larger model of a service or a device
        }
        if (end - i >= 3 && tokens.get(end - 1).script() == Script.NUMBER && tokens.get(end - 2).is("-")) {
            return EntityType.PRODUCT; // "GTU-16", "F-35": a model's designation
        }
        int words = words(tokens, i, end);
        if (words >= 2 && modelNumber(tokens.get(end - 1)) && !Cues.ORG_ENDINGS.contains(tokens.get(i).norm())) {
            return EntityType.PRODUCT; // "Picker X2", "Galaxy S24": a model's letters and digits end the name
        }
        if (words >= 2 && LEGAL_SUFFIXES.contains(last)) {
            return EntityType.ORGANIZATION; // "Martin Co", "Douglas Inc": a given name that names a company
        }
        if (words >= 2 && contains(tokens, i, end, "&")) {
            return EntityType.ORGANIZATION; // "Christian & Timbers", "Johnson & Johnson": partners' names joined by &
        }
        if (words >= 2 && (last.equals("jr") || last.equals("sr"))) {
            return EntityType.PERSON;
        }
        if (words >= 2 && Cues.ORG_ENDINGS.contains(last)) {
            return EntityType.ORGANIZATION; // "Lerer Ventures", "Evan Capital": an ending beats a given name or a title
        }
        if (sharedSurname(tokens, i, end, s)) {
            return EntityType.PERSON; // "brothers Jonas and Mikkel Lund": two given names sharing the surname after them
        }
        if (hyphenedParticle(tokens, i, end)) {
            return EntityType.PERSON; // "Shams-ul Islam", "Zia-ul-Haq Khan": a South Asian given name's particle
        }
        if (end - i == 4 && tokens.get(i + 2).is("-") && LatinNames.lowerSyllable(tokens, i + 2, end)) {
            return EntityType.PERSON; // "Park Min-jun", "Choi Hyun-woong": a family name and a Korean given name of two syllables
        }
        if (end - i == 4 && tokens.get(i + 1).surface().equals("al") && afterHyphenedArticle(tokens, i + 3, i)
                && !CommonWords.isCommon(tokens.get(i).norm()) && !Cues.ORG_ENDINGS.contains(tokens.get(i).norm())
                && !CONSTRUCT_OPENERS.contains(tokens.get(i).norm())) {
            return EntityType.PERSON; // "Nabil al-Hashemi": a small hyphened article after one word is a family name's,
            // whether or not the lexicon knows the given name (companies and places write it "Al")
        }
        if (initialOpensName(tokens, i, end)) {
            return EntityType.PERSON; // "K Krithivasan", "N Raghavan": no company's name is one letter and a surname
        }
        if (middleInitial(tokens, i, end) || end - i == 3 && MIDDLE_NAMES.contains(tokens.get(i + 1).norm())
                && allTitleCase(tokens, i, end)) {
            return EntityType.PERSON; // "Punit K Goyal", "Anmol Singh Jaggi": a middle initial or name between two names
        }
        if (words >= 2 && titleOfNamedAfter(tokens, end, s.endToken())) {
            return EntityType.ORGANIZATION; // "Hana Card CEO Tom Hale": the employer of the person named after the title
        }
        if (words >= 2 && words <= 3 && !UNIT_ENDINGS.contains(last) && !CompanySuffixes.DROPS.contains(last) // "Tamsin Insurance"
                && !FAMILY_FIRM_LINES.contains(last) // "Abdul Wahid Trading": a family firm named after its founder
                && (givenName(tokens, i) || gaelicSurname(tokens, i, end)
                || LatinNames.MODAL_NAMES.contains(tokens.get(i).norm()))) { // a modal opens a run only as a given name
            return EntityType.PERSON;
        }
        if (words >= 3 && words <= 5 && givenName(tokens, i) && familyArticleClosing(tokens, i, end) && allTitleCase(tokens, i, end)) {
            return EntityType.PERSON; // "Rashed Abdul Karim Al Balooshi": a given name, the father's, then "Al" and the family
        }
        if (words >= 2 && (HONORIFICS.contains(tokens.get(i).norm()) || honorificBefore(tokens, i, s, HONORIFICS))
                && !LatinNames.namedAfterSomeone(tokens, i, end) // "King Fahd Causeway", "Prince Faris College of Medicine"
                || honorificBefore(tokens, i, s, COURTESY)) {
            return EntityType.PERSON; // Sheikh Tahnoon bin Zayed, Prince William, (Sir) Nigel Rudd
        }
        if (words == 2 && NATURAL_CONSTRUCTS.contains(tokens.get(i).norm()) && allTitleCaseOrArticle(tokens, i, end)) {
            return EntityType.LOCATION; // "Jebel Hafeet", "Ras al-Hikma": a cape, a mountain or a valley and its name
        }
        if (words >= 2 && Cues.STREET_ENDINGS.contains(last)) {
            return EntityType.LOCATION; // "Madison Avenue", "Market Street"
        }
        if (words >= 2 && words <= 3 && (allTitleCase(tokens, i, end) || initialsThenSurname(tokens, i, end))
                && !(words == 3 && tokens.get(i + 1).is("of") && LatinNames.ORG_HEADS.contains(tokens.get(i).norm()))
                && (titleBefore(tokens, i, s)
                || titleApposedBefore(tokens, i, end, s)
                || coordinatedWithPerson(tokens, i, s) || personNounBefore(tokens, i, s) || foundedWith(tokens, i, s)
                || titleAfter(tokens, i, end, s) || appointedBefore(tokens, i, end, s)
                || personVerbAfter(tokens, end, s.endToken())
                || (words == 2 && context.speakers().contains(tokens.get(end - 1).norm())
                && !Cues.ORG_ENDINGS.contains(tokens.get(end - 1).norm())))) {
            return EntityType.PERSON;
        }
        if (words >= 2 && (Cues.FACILITY_ENDINGS.contains(last) || (words >= 3 && tokens.get(end - 2).is("station")))) {
            return EntityType.FACILITY; // "Naval Station Mayport"
        }
        if (places.contains(EntityResolver.fold(span(tokens, i, end))) || (words >= 2 && PLACE_ENDINGS.contains(last))
                || (words >= 2 && LAND_ENDINGS.contains(last) && placeOpens(tokens, i, places))) {
            return EntityType.LOCATION;
        }
        if (words >= 2 && Cues.PRODUCT_ENDINGS.contains(last)) {
            return EntityType.PRODUCT;
        }
        if (Cues.ORG_ENDINGS.contains(last)) {
            return EntityType.ORGANIZATION;
        }
        if (words >= 2 && SAINTS.contains(tokens.get(i).norm()) && tokens.get(i + 1).is(".")) {
            return EntityType.LOCATION; // "St. Paul", "Mt. Vernon", "Ft. Myers"
        }
        if (productNounAfter(tokens, i, end, s) || productApposition(tokens, end, s.endToken())
                || productCalled(tokens, i, s.firstToken())) {
            return EntityType.PRODUCT; // "the Spark platform", "Nova, the app it launched"
        }
        if (words == 1 && i > s.firstToken() && tokens.get(i - 1).is("the") && ProductModels.modelWord(tokens.get(i))) {
            return null; // "the Watch", "the Pro": a model word standing for a product named in full elsewhere
        }
        EntityType cue = Cues.before(tokens, i, s.firstToken());
        if (cue == EntityType.PRODUCT && bareDescription(tokens, i, s.firstToken())) {
            return EntityType.ORGANIZATION;
        }
        if (cue == null && (launchedBefore(tokens, i, s.firstToken()) || launchOf(tokens, i, s.firstToken()))) {
            return EntityType.PRODUCT;
        }
        return cue != null ? cue : EntityType.ORGANIZATION;
    }

    /** A word of place opening a name: a compass word, an adjective of place in -ian ("Arabian"), a place the text names. */
    private static boolean placeOpens(List<Token> tokens, int i, Set<String> places) {
        String n = tokens.get(i).norm();
        return PLACE_WORDS.contains(n) || n.endsWith("ian") && n.length() > 4
                || places.contains(EntityResolver.fold(span(tokens, i, i + 1)));
    }

    /** A title right after the run and a person's name right after the title: "… CEO Tom Hale", "… CTO Park Il-pyung". */
    private static boolean titleOfNamedAfter(List<Token> tokens, int end, int limit) {
        RoleMatch title = end < limit && tokens.get(end).capitalized() ? EnglishRoles.match(tokens, end, limit) : null;
        if (title == null || title.startToken() != end || title.endToken() >= limit) {
            return false;
        }
        int k = title.endToken();
        Token next = tokens.get(k);
        if (!next.capitalized() || next.script() != Script.LATIN || NameLexicon.isEnglishStop(next)) {
            return false;
        }
        // a given name the lexicon knows, or a first word with its second glued by a hyphen or written after it
        return NameLexicon.isLatinGivenName(next) || k + 1 < limit && (tokens.get(k + 1).is("-")
                || tokens.get(k + 1).capitalized() && tokens.get(k + 1).script() == Script.LATIN);
    }

    private static final Set<String> LAUNCH_VERBS = WordSet.of("launched", "released", "unveiled", "introduced", "debuted",
            "launches", "releases", "unveils", "introduces");
    private static final Set<String> DETERMINERS = WordSet.of("its", "their", "his", "her", "a", "an", "the");

    /**
     * "agritech platform Intellolabs raised", "Online beauty platform Nykaa": a platform noun with no determiner describes
     * the company by its trade, as "logistics startup X" does; "its platform X", "the messaging platform X" name a product.
     */
    private static boolean bareDescription(List<Token> tokens, int i, int floor) {
        if (i - 1 < floor || !tokens.get(i - 1).is("platform")) {
            return false;
        }
        for (int k = i - 2; k >= floor; k--) {
            Token t = tokens.get(k);
            if (DETERMINERS.contains(t.norm()) || t.norm().endsWith("'s") || t.is("'s")) {
                return false;
            }
            if (!(t.is("-") || (t.script() == Script.LATIN && Character.isLowerCase(t.surface().charAt(0))))) {
                return true;
            }
        }
        return true;
    }

    /** "released its new two-seat Roadster", "unveiled a sleek Nova": what a launch verb puts out, past its modifiers. */
    private static boolean launchedBefore(List<Token> tokens, int i, int floor) {
        for (int k = i - 1; k > floor && k >= i - 5; k--) {
            Token t = tokens.get(k);
            if (DETERMINERS.contains(t.norm())) {
                return LAUNCH_VERBS.contains(tokens.get(k - 1).norm());
            }
            boolean modifier = t.is("-") || t.script() == Script.NUMBER
                    || (t.script() == Script.LATIN && Character.isLowerCase(t.surface().charAt(0)));
            if (!modifier) {
                return false;
            }
        }
        return false;
    }

    /** "launch of", "rollout of"; not "debut", "release" or "introduction", which also name a listing, a statement, a tax. */
    private static final Set<String> LAUNCH_NOUNS = WordSet.of("launch", "unveiling", "rollout");

    /** "announced the launch of Ferro in Kenya", "the rollout of Vela": what a launch noun puts out. */
    private static boolean launchOf(List<Token> tokens, int i, int floor) {
        return i - 2 >= floor && tokens.get(i - 1).is("of") && LAUNCH_NOUNS.contains(tokens.get(i - 2).norm());
    }

    /** "Sir Nigel Rudd", "Dr. Jane Roe": a courtesy word left outside the name still says it is a person's. */
    private static boolean honorificBefore(List<Token> tokens, int i, Sentence s, Set<String> words) {
        int k = i - 1;
        if (k > s.firstToken() && tokens.get(k).is(".") && tokens.get(k).start() == tokens.get(k - 1).end()) {
            k--;
        }
        return k >= s.firstToken() && tokens.get(k).capitalized() && words.contains(tokens.get(k).norm());
    }

    private static boolean contains(List<Token> tokens, int i, int end, String surface) {
        for (int k = i; k < end; k++) {
            if (tokens.get(k).is(surface)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower-case particles of a surname, no word of the name's count: "Pieter van der Berg", "Juan de la Cruz", and the
     * "y" joining a Spanish name's two surnames, "Blaise Aguera y Arcas".
     */
    private static final Set<String> PARTICLES = WordSet.of("van", "von", "der", "den", "de", "la", "le", "du", "dos", "das", "da",
            "del", "della", "di", "ter", "los", "las", "y");

    /**
     * Arabic particles of a family name, written capitalized in English ("Hamad Obaid Al Mansoori", "Saif Bin Ali"):
     * inside a name they count no more than "van" does.
     */
    private static final Set<String> ARABIC_PARTICLES = WordSet.of("al", "bin", "bint", "el");
    /** Nouns that open the names of firms and places before "al-" ("Dar al-Handasah", "Ras al-Khaimah"), no given names. */
    private static final Set<String> CONSTRUCT_OPENERS = WordSet.of("dar", "bait", "beit", "bayt", "ras", "umm", "bab",
            "wadi", "jabal", "jebel", "souq", "suq", "madinat", "burj", "qasr");

    /** Nouns of land that open a place's name ("Ras", "Jebel", "Wadi"), unlike those of buildings ("Dar", "Burj"). */
    private static final Set<String> NATURAL_CONSTRUCTS = WordSet.of("ras", "wadi", "jabal", "jebel");

    /** Whether every word of [i, end) is capitalized but a hyphened or lowercase article "al". */
    private static boolean allTitleCaseOrArticle(List<Token> tokens, int i, int end) {
        for (int k = i; k < end; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && !t.capitalized() && !t.is("al")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word opens a firm's or a place's name before "al-" ("Ras al-Khaimah"): no given name. */
    static boolean constructOpener(Token t) {
        return CONSTRUCT_OPENERS.contains(t.norm());
    }

    private static boolean particle(Token t, int k, int i) {
        return k > i && (PARTICLES.contains(t.norm()) && !t.capitalized() || ARABIC_PARTICLES.contains(t.norm()));
    }

    /** Whether a particle of {@link LatinNames#HYPHENED_PARTICLES} follows a hyphen inside the name [i, end). */
    private static boolean hyphenedParticle(List<Token> tokens, int i, int end) {
        for (int k = i + 1; k + 1 < end; k++) {
            if (tokens.get(k).is("-") && LatinNames.HYPHENED_PARTICLES.contains(tokens.get(k + 1).surface())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Al-Hadi", "al-Tamimi": the family name glued to its article by a hyphen is the word the article opens, so it counts
     * once (the article itself counts none).
     */
    private static boolean afterHyphenedArticle(List<Token> tokens, int k, int i) {
        return k - 2 > i && tokens.get(k - 1).is("-") && ARABIC_PARTICLES.contains(tokens.get(k - 2).norm())
                && tokens.get(k - 1).start() == tokens.get(k - 2).end();
    }

    /**
     * Whether the run [i, end) closes with the family's article "Al" and one name ("… Al Kubaisi", "… Al-Marwani"), no
     * company's or unit's word inside it: the way an Arab person's full name ends.
     */
    private static boolean familyArticleClosing(List<Token> tokens, int i, int end) {
        int k = end - 2;
        if (k > i && tokens.get(k).is("-")) {
            k--;
        }
        if (k <= i + 1 || !tokens.get(k).is("al") || !tokens.get(k).capitalized()) {
            return false;
        }
        for (int j = i; j < end; j++) {
            String w = tokens.get(j).norm();
            if (Cues.ORG_ENDINGS.contains(w) || UNIT_ENDINGS.contains(w) || LEGAL_SUFFIXES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Words of a name, a hyphenated one counting once ("Jean-Denis Greze" has two), a surname's particles none. */
    static int words(List<Token> tokens, int i, int end) {
        int n = 0;
        for (int k = i; k < end; k++) {
            Token t = tokens.get(k);
            boolean glued = k > i && t.start() == tokens.get(k - 1).end() && !afterHyphenedArticle(tokens, k, i);
            if (t.isWord() && !glued && !particle(t, k, i)) {
                n++;
            }
        }
        return n;
    }

    /** A given name opens the name, or either half of a hyphenated one does (Jan-Erik, Jean-Denis). */
    static boolean givenName(List<Token> tokens, int i) {
        if (NameLexicon.isLatinGivenName(tokens.get(i))) {
            return true;
        }
        return i + 2 < tokens.size() && tokens.get(i + 1).is("-") && tokens.get(i + 1).start() == tokens.get(i).end()
                && tokens.get(i + 2).start() == tokens.get(i + 1).end()
                && NameLexicon.isLatinGivenName(tokens.get(i + 2));
    }

    static String span(List<Token> tokens, int i, int end) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < end; k++) {
            sb.append(tokens.get(k).surface()).append(' ');
        }
        return sb.toString();
    }

    /** A token of letters and digits mixed, as model numbers are written: X2, S24, A320. */
    private static boolean modelNumber(Token t) {
        String s = t.surface();
        boolean letter = false;
        boolean digit = false;
        for (int k = 0; k < s.length(); k++) {
            letter |= Character.isLetter(s.charAt(k));
            digit |= Character.isDigit(s.charAt(k));
        }
        return letter && digit && s.length() <= 6;
    }

    /** "McPike", "O'Hara": a surname with a Gaelic prefix (Mc, O') and a capital after it ends the name. */
    static boolean gaelicSurname(List<Token> tokens, int i, int end) {
        String s = tokens.get(end - 1).surface();
        if (end - 3 > i && tokens.get(end - 3).surface().equals("O") && apostrophe(tokens.get(end - 2))) {
            return true;
        }
        return s.startsWith("Mc") && s.length() > 3 && Character.isUpperCase(s.charAt(2))
                && Character.isLowerCase(s.charAt(s.length() - 1));
    }

    static boolean apostrophe(Token t) {
        return t.is("'") || t.is("’");
    }

    /** "Evan Williams and Biz Stone": a name joined by "and" to a given-name-led name is a person too. */
    private static boolean coordinatedWithPerson(List<Token> tokens, int i, Sentence s) {
        if (i - 3 < s.firstToken() || !tokens.get(i - 1).is("and")) {
            return false;
        }
        Token surname = tokens.get(i - 2);
        return surname.script() == Script.LATIN && surname.capitalized() && givenName(tokens, i - 3)
                && (i - 4 < s.firstToken() || !tokens.get(i - 4).capitalized());
    }

    /**
     * "Jonas and Mikkel Lund", "siblings Anna and Maria Berg": a lone given name joined by "and" to a given name and a
     * surname shares that surname, so both are people (the given name alone would be typed as a company).
     */
    private static boolean sharedSurname(List<Token> tokens, int i, int end, Sentence s) {
        int limit = s.endToken();
        if (end - i == 1 && end + 2 < limit && tokens.get(end).is("and") && givenName(tokens, i)
                && givenName(tokens, end + 1) && tokens.get(end + 2).capitalized()
                && (end + 3 >= limit || !tokens.get(end + 3).capitalized())) {
            return true;
        }
        return end - i == 2 && i - 2 >= s.firstToken() && tokens.get(i - 1).is("and") && givenName(tokens, i - 2)
                && givenName(tokens, i) && tokens.get(i - 2).capitalized()
                && (i - 3 < s.firstToken() || !tokens.get(i - 3).capitalized());
    }

    /** Nouns for a kind of person, never a company's: the name after one is a person's. */
    private static final Set<String> PERSON_NOUNS = WordSet.of("entrepreneur", "entrepreneurs", "specialist", "specialists",
            "veteran", "veterans", "businessman", "businessmen", "businesswoman", "businesswomen", "billionaire",
            "billionaires", "tycoon", "economist", "economists", "lawyer", "lawyers", "attorney", "journalist", "journalists",
            "author", "authors", "writer", "activist", "activists", "politician", "politicians", "actor", "actors",
            "actress", "singer", "singers", "musician", "musicians", "rapper", "guitarist", "footballer", "entertainer");

    /**
     * "turnaround specialist Hans Becker", "serial entrepreneurs Ana Pop and Radu Ionescu": a noun for a kind of
     * person right before the name, or before the name the "and" joins this one to.
     */
    private static boolean personNounBefore(List<Token> tokens, int i, Sentence s) {
        if (i - 1 < s.firstToken()) {
            return false;
        }
        if (PERSON_NOUNS.contains(tokens.get(i - 1).norm()) && !tokens.get(i - 1).capitalized()) {
            return true;
        }
        int k = i - 2; // back over the first name of the pair to the word before it
        while (k > s.firstToken() && k > i - 5 && tokens.get(k).capitalized()) {
            k--;
        }
        // "Founders Nik Orlov and Vlad Petrenko": a plural title, capitalized only as the sentence's first word
        if (!tokens.get(i - 1).is("and") || k >= i - 2 || k < s.firstToken()) {
            return false;
        }
        boolean plural = PERSON_NOUNS.contains(tokens.get(k).norm()) && tokens.get(k).norm().endsWith("s")
                || EnglishRoles.groupTitle(tokens.get(k));
        return plural && (!tokens.get(k).capitalized() || k == s.firstToken());
    }

    /** Verbs of founding, before "with" and the co-founders: "co-founded the startup with A and B". */
    private static final Set<String> FOUNDING = WordSet.of("founded", "cofounded", "co-founded");
    /** How far before "with" the verb of founding may stand: "co-founded the fintech startup with". */
    private static final int FOUNDING_BEFORE_WITH = 5;

    /**
     * "who co-founded the startup with Jane Roe and John Doe", "founded in 2019 by Jane Roe and John Doe": one a
     * company is founded with, or by, is a person, and so is the name joined to that one by "and"; a name ending as a
     * body's does ("founded by Halvex Partners") stays a company.
     */
    private static boolean foundedWith(List<Token> tokens, int i, Sentence s) {
        int with = i - 1;
        if (with > s.firstToken() && tokens.get(with).is("and")) {
            with = with - 1; // back over the first name of the pair to the word before it
            while (with > s.firstToken() && with > i - 5 && tokens.get(with).capitalized()) {
                with--;
            }
        }
        boolean by = with > s.firstToken() && tokens.get(with).is("by") && !companyEnding(tokens, i, s.endToken());
        if (with <= s.firstToken() || !tokens.get(with).is("with") && !by) {
            return false;
        }
        if (by) {
            return foundedRightBefore(tokens, with, s); // "owned by X" a few words after "founded" is no founder's "by"
        }
        for (int k = with - 1; k >= s.firstToken() && k >= with - FOUNDING_BEFORE_WITH; k--) {
            if (FOUNDING.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** "founded by", "co-founded in 2019 by", "founded last year by": the verb of founding right before the "by". */
    private static boolean foundedRightBefore(List<Token> tokens, int by, Sentence s) {
        int k = by - 1;
        if (k - 1 > s.firstToken() && (tokens.get(k - 1).is("in") && tokens.get(k).script() == Script.NUMBER
                || tokens.get(k - 1).is("last") && tokens.get(k).is("year"))) {
            k -= 2;
        }
        return k >= s.firstToken() && FOUNDING.contains(tokens.get(k).norm());
    }

    /**
     * Whether the capitalized run from {@code i} ends with a word that ends the names of bodies ("Partners") or with a
     * common word, a line of business ("Solvana Logistics"): surnames are seldom either.
     */
    private static boolean companyEnding(List<Token> tokens, int i, int limit) {
        int k = i;
        while (k < limit && tokens.get(k).capitalized()) {
            k++;
        }
        if (k == i) {
            return false;
        }
        String last = tokens.get(k - 1).norm();
        return Cues.ORG_ENDINGS.contains(last) || CommonWords.isCommon(last);
    }

    /** "X no longer works for", "X resigned", "X's departure". */
    private static boolean personVerbAfter(List<Token> tokens, int end, int limit) {
        if (end + 1 < limit && tokens.get(end).is("'s") && PERSONAL_NOUNS.contains(tokens.get(end + 1).norm())) {
            return true;
        }
        int k = end;
        if (k + 1 < limit && tokens.get(k).is(",") && tokens.get(k + 1).is("serving")) {
            k++; // "X, serving as chairman, …"
        }
        int partner = k < limit && tokens.get(k).is("and") ? k + 1 : -1;
        while (partner > 0 && partner < limit && partner <= k + 3 && tokens.get(partner).capitalized()) {
            partner++;
        }
        if (partner > k + 1 && partner < limit && (PERSON_VERBS.contains(tokens.get(partner).norm())
                || leftTheEmployer(tokens, partner, limit))) {
            return true; // "A and B left the company": the verb tells of both
        }
        while (k < limit && k < end + 3 && AUXILIARIES.contains(tokens.get(k).norm())) {
            k++;
        }
        if (k >= limit) {
            return false;
        }
        String verb = tokens.get(k).norm();
        return PERSON_VERBS.contains(verb) || leftTheEmployer(tokens, k, limit) || (WORK_VERBS.contains(verb) && k + 1 < limit
                && (tokens.get(k + 1).is("for") || tokens.get(k + 1).is("at"))) || postTaken(tokens, k, limit)
                || joinedAsTitle(tokens, k, limit) || servedAsTitle(tokens, k, limit) || postHeld(tokens, k, limit)
                || appointedToTitle(tokens, k, limit) || succeedsPerson(tokens, k, limit)
                || officerPredicate(tokens, end, k, limit) || officerBecome(tokens, k, limit) || joinedFrom(tokens, k, limit)
                || ageApposed(tokens, end, limit);
    }

    /** Verbs of leaving, which a company does too ("left the index") unless what is left is an employer. */
    private static final Set<String> LEAVING = WordSet.of("left", "leaves", "exited", "exits", "quit");
    /** Nouns for the employer one leaves: "left the company", "exited the firm". */
    private static final Set<String> EMPLOYER_NOUNS = WordSet.of("company", "firm", "startup", "bank", "board", "lender",
            "insurer", "operator");

    /** "X left the company", "X and Y exited the firm": only a person leaves an employer. */
    private static boolean leftTheEmployer(List<Token> tokens, int k, int limit) {
        return LEAVING.contains(tokens.get(k).norm()) && k + 2 < limit && tokens.get(k + 1).is("the")
                && EMPLOYER_NOUNS.contains(tokens.get(k + 2).norm());
    }

    private static final Set<String> SUCCEED = WordSet.of("succeeds", "succeeded", "succeed", "succeeding");
    private static final Set<String> REPLACE = WordSet.of("replaces", "replaced", "replace", "replacing");

    /**
     * "X succeeds Jane Roe", "X replaced Jane Roe as chief executive", "named X to replace Jane Roe", "X succeeds Chidi
     * Okafor, who retired": one who takes a person's place, or a post in another's stead, is a person ("Acme replaced
     * Oracle as its supplier" names no post).
     */
    private static boolean succeedsPerson(List<Token> tokens, int k, int limit) {
        String verb = tokens.get(k).norm();
        if (!(SUCCEED.contains(verb) || REPLACE.contains(verb)) || k + 1 >= limit || !tokens.get(k + 1).capitalized()
                || tokens.get(k + 1).script() != Script.LATIN) {
            return false;
        }
        if (givenName(tokens, k + 1)) {
            return true;
        }
        int j = k + 1;
        while (j < limit && tokens.get(j).capitalized() && tokens.get(j).script() == Script.LATIN) {
            j++;
        }
        if (j + 1 < limit && tokens.get(j).is(",") && tokens.get(j + 1).is("who")) {
            return true; // "succeeds Chidi Okafor, who retired"
        }
        if (j + 1 >= limit || !tokens.get(j).is("as")) {
            return false;
        }
        return titleAt(tokens, j + 1, limit);
    }

    /** "Obiageli Eze, 45, was": an age between commas after a name is a person's. */
    private static boolean ageApposed(List<Token> tokens, int end, int limit) {
        if (end + 2 >= limit || !tokens.get(end).is(",") || !tokens.get(end + 2).is(",")
                || tokens.get(end + 1).script() != Script.NUMBER) {
            return false;
        }
        String n = tokens.get(end + 1).surface();
        return n.length() == 2 && (n.charAt(0) >= '2' || n.equals("18") || n.equals("19")); // an adult's age
    }

    /** Passive verbs of putting someone in a post: "X was appointed chief executive", "X has been named as CFO". */
    private static final Set<String> APPOINTED = WordSet.of("appointed", "reappointed", "named", "renamed", "elected",
            "re-elected", "promoted", "tapped", "installed");
    /** Forms of "be" that make the verb after them passive. */
    private static final Set<String> PASSIVE_BE = WordSet.of("was", "is", "been", "be", "being");
    /** Words of the posts a company is given too: "was appointed financial adviser", "was named a partner". */
    private static final Set<String> FIRMS_POSTS = WordSet.of("adviser", "advisor", "advisers", "advisors", "partner",
            "partners", "consultant", "auditor", "arranger", "counsel", "bookrunner", "underwriter", "agent", "trustee",
            "custodian", "registrar", "administrator", "distributor", "investment", "asset", "fund", "sponsor");

    /**
     * "X was appointed chief executive of Acme", "X has been named as its new CFO": the one put in a post by a passive
     * appointment is a person, unless the post is one a firm holds as well (adviser, auditor, partner).
     */
    private static boolean appointedToTitle(List<Token> tokens, int k, int limit) {
        if (!APPOINTED.contains(tokens.get(k).norm()) || !PASSIVE_BE.contains(tokens.get(k - 1).norm())) {
            return false;
        }
        int t = k + 1;
        return titleAt(tokens, t < limit && tokens.get(t).is("as") ? t + 1 : t, limit);
    }

    /** Whether the title at [from, to) is a post a firm holds as well ("financial adviser", "auditor"). */
    private static boolean firmsPost(List<Token> tokens, int from, int to) {
        for (int w = from; w < to; w++) {
            if (FIRMS_POSTS.contains(tokens.get(w).norm())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> JOIN = WordSet.of("join", "joins", "joined", "joining", "rejoin", "rejoins", "rejoined");
    /** Words between "as" and a title: "as its new chief executive", "as a senior vice president". */
    private static final Set<String> TITLE_OPENERS = WordSet.of("its", "their", "the", "a", "an", "new", "interim", "acting");

    /**
     * "X has joined Acme as chief operating officer", "X will join as CFO": one who joins to hold a title is a person
     * (a company joins "as a partner", which names no post here).
     */
    private static boolean joinedAsTitle(List<Token> tokens, int k, int limit) {
        if (!JOIN.contains(tokens.get(k).norm())) {
            return false;
        }
        for (int j = k + 1; j < Math.min(limit - 1, k + 7) && !tokens.get(j).is(","); j++) {
            if (tokens.get(j).is("as")) {
                int t = j + 1;
                while (t < limit - 1 && TITLE_OPENERS.contains(tokens.get(t).norm())) {
                    t++;
                }
                var role = EnglishRoles.match(tokens, t, limit);
                return role != null && !tokens.get(t).is("partner");
            }
        }
        return false;
    }

    private static final Set<String> SERVE = WordSet.of("serve", "serves", "served", "serving");

    /** "X served as chief technology officer", "X, serving as chairman": a post served in is a person's. */
    private static boolean servedAsTitle(List<Token> tokens, int k, int limit) {
        return SERVE.contains(tokens.get(k).norm()) && k + 1 < limit && tokens.get(k + 1).is("as")
                && titleAt(tokens, k + 2, limit);
    }

    /**
     * "X took on the role of interim chief executive", "X has held the post of chairman", "X assumed the position of
     * CFO": a title held as a post is a person's.
     */
    private static boolean postHeld(List<Token> tokens, int k, int limit) {
        int title = PostNounPhrases.titleAfterVerb(tokens, k, limit);
        return title >= 0 && titleAt(tokens, title, limit);
    }

    /** Whether a title a person holds (after "its", "a", "new" …) opens at {@code t}: not a post a firm holds too. */
    private static boolean titleAt(List<Token> tokens, int t, int limit) {
        return personsTitleAt(tokens, t, limit) != null;
    }

    /** The title a person holds opening at {@code t} past "its", "a", "new" …, or null (none, or a post a firm holds too). */
    private static RoleMatch personsTitleAt(List<Token> tokens, int t, int limit) {
        while (t < limit - 1 && TITLE_OPENERS.contains(tokens.get(t).norm())) {
            t++;
        }
        var role = t < limit ? EnglishRoles.match(tokens, t, limit) : null;
        return role == null || firmsPost(tokens, role.startToken(), role.endToken()) ? null : role;
    }

    /** Active verbs of putting someone in a post: "Acme named Jane Roe chief executive", "appointed X as its CFO". */
    private static final Set<String> APPOINTS = WordSet.of("named", "names", "appointed", "appoints", "tapped", "taps",
            "elected", "elects", "hired", "hires");
    /**
     * Words of the officers' posts only a person is appointed to; a firm is hired as "lead manager", "consultant" or
     * "engineer" too.
     */
    private static final Set<String> OFFICERS = WordSet.of("ceo", "cfo", "coo", "cto", "cmo", "cio", "md", "chief",
            "president", "chairman", "chairwoman", "chair", "director", "head", "officer", "boss", "vp", "svp", "evp",
            "treasurer");

    /**
     * "Brisko named Fenna Loor chief executive", "the board appointed Bram Olsen as its new chairman": the one an active
     * appointment puts in an officer's post is a person.
     */
    private static boolean appointedBefore(List<Token> tokens, int i, int end, Sentence s) {
        if (i - 1 < s.firstToken() || end >= s.endToken()) {
            return false;
        }
        String before = tokens.get(i - 1).norm();
        if (POACHED.contains(before) || HIRED.contains(before) && (tokens.get(end).is("from")
                || tokens.get(end).is("to") && end + 1 < s.endToken() && LEADING.contains(tokens.get(end + 1).norm()))) {
            // "poached Fenna Loor", "hired Fenna Loor from Borvane": staff is taken from a rival; "hired Kai-Fu Lee to
            // head its China operations": taken on to lead
            return true;
        }
        if (before.equals("of") && i - 2 >= s.firstToken() && LEAVINGS.contains(tokens.get(i - 2).norm())) {
            return true; // "the resignation of Valentin Stalf": only a person resigns, retires or is sacked
        }
        boolean asTitle = tokens.get(end).is("as") && end + 1 < s.endToken();
        if (asTitle && i - 2 >= s.firstToken() && (before.equals("of") && APPOINTMENTS.contains(tokens.get(i - 2).norm())
                || before.equals("in") && tokens.get(i - 2).is("brought"))) {
            return officerTitleAt(tokens, end + 1, s.endToken()); // "the appointment of X as CEO", "brought in X as CFO"
        }
        return APPOINTS.contains(before) && officerTitleAt(tokens, asTitle ? end + 1 : end, s.endToken());
    }

    private static final Set<String> POACHED = WordSet.of("poached", "poaches", "poaching");
    private static final Set<String> HIRED = WordSet.of("hired", "hires", "hiring", "recruited", "recruits");
    /** Verbs of the post one is hired for, after "to": "hired X to head its China operations". */
    private static final Set<String> LEADING = WordSet.of("head", "lead", "run", "oversee", "manage", "helm", "chair");
    /** Nouns of putting someone in a post, before "of X as": "the appointment of X as chief executive". */
    private static final Set<String> APPOINTMENTS = WordSet.of("appointment", "nomination", "election", "hiring",
            "promotion", "elevation");

    /**
     * Nouns of a person's leaving a post, before "of X": "the resignation of X". Not "departure" or "exit", which a
     * company makes from a market or an investor from a stake.
     */
    private static final Set<String> LEAVINGS = WordSet.of("resignation", "retirement", "dismissal", "sacking", "firing",
            "ouster", "ousting");

    private static final Set<String> BECOME = WordSet.of("become", "becomes", "became", "becoming");

    /** "X will become chief executive", "X has been promoted to chief operating officer": one made an officer is a person. */
    private static boolean officerBecome(List<Token> tokens, int k, int limit) {
        String verb = tokens.get(k).norm();
        if (BECOME.contains(verb)) {
            return officerTitleAt(tokens, k + 1, limit);
        }
        return (verb.equals("promoted") || verb.equals("elevated")) && k + 1 < limit && tokens.get(k + 1).is("to")
                && officerTitleAt(tokens, k + 2, limit);
    }

    /**
     * "X joins Acme from Borvane", "X has joined Acme's board": one who joins a company from another, or joins its
     * board, is a person (a company joins an alliance or an index).
     */
    private static boolean joinedFrom(List<Token> tokens, int k, int limit) {
        if (!JOIN.contains(tokens.get(k).norm()) || k + 1 >= limit || !tokens.get(k + 1).capitalized()) {
            return false; // "joined the FTSE 100 from the FTSE 250" is an index's
        }
        for (int j = k + 1; j < Math.min(limit, k + 7) && !tokens.get(j).is(","); j++) {
            if (tokens.get(j).is("from") && j + 1 < limit && tokens.get(j + 1).capitalized() || tokens.get(j).is("board")) {
                return true;
            }
        }
        return false;
    }

    /** Forms of "be" that make the title after them the subject's: "X is chief executive", "X has been chairman". */
    private static final Set<String> BE = WordSet.of("is", "was", "been", "be");
    /** Words that may close an officer's title: its employer, its time, the clause's end. */
    private static final Set<String> TITLE_CLOSERS = WordSet.of("of", "at", "for", "since", "until", "in", "and", "from",
            "with", "on", "between", "when", "after", "before");

    /** "Fenna Loor is chief executive of Cobaltic", "X has been chairman since 2019": a person is an officer. */
    private static boolean officerPredicate(List<Token> tokens, int end, int k, int limit) {
        for (int b = end; b < k; b++) {
            if (BE.contains(tokens.get(b).norm())) {
                return officerTitleAt(tokens, k, limit);
            }
        }
        return false;
    }

    /**
     * Whether an officer's title (chief executive, chairman, director; after "its", "the", "new" …) opens at {@code t}
     * and ends where a title does: not a firm's post, not the title of a name written after it ("appointed Vantis Rowe
     * chief executive Ines Farrow as chair"), not a word like "chief" before a noun ("the chief rival").
     */
    private static boolean officerTitleAt(List<Token> tokens, int t, int limit) {
        RoleMatch role = personsTitleAt(tokens, t, limit);
        if (role == null) {
            return false;
        }
        if (role.endToken() < limit) {
            Token after = tokens.get(role.endToken());
            if (after.isWord() && !TITLE_CLOSERS.contains(after.norm())) {
                return false;
            }
        }
        for (int w = role.startToken(); w < role.endToken(); w++) {
            if (OFFICERS.contains(tokens.get(w).norm())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TAKE = WordSet.of("take", "takes", "took", "taking", "taken");

    /** "X took over as CEO", "X will take the helm", "X takes the reins": only a person takes up a post. */
    private static boolean postTaken(List<Token> tokens, int k, int limit) {
        if (k + 2 >= limit || !TAKE.contains(tokens.get(k).norm())) {
            return false;
        }
        Token next = tokens.get(k + 1);
        Token after = tokens.get(k + 2);
        return next.is("over") && after.is("as") || next.is("the") && (after.is("helm") || after.is("reins"));
    }

    /**
     * "an app called Potluck", "a chatbot named Ava", "the new chip line is called the Vela 9", "a sub-brand called
     * Zento": a product noun or a noun of a product line, then a verb of naming; "its new warehouse robot, Atlas X", "a
     * new chip, Trainium3": a new product's noun, then its name set off by a comma.
     */
    private static boolean productCalled(List<Token> tokens, int i, int floor) {
        if (namedProductLine(tokens, i, floor)) {
            return true;
        }
        if (i - 2 < floor || !Cues.PRODUCT_AFTER.contains(tokens.get(i - 2).norm())) {
            return false;
        }
        Token before = tokens.get(i - 1);
        if (!(before.is(",") && !GENERAL_PRODUCT_NOUNS.contains(tokens.get(i - 2).norm()))) {
            return false;
        }
        for (int k = i - 3; k >= Math.max(floor, i - NEW_REACH); k--) {
            if (NEW_PRODUCT.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A product noun or a noun of a product line, then a verb of naming, maybe after a copula and before "the": "an app
     * called X", "the chip line is called the X", "a sub-brand named X".
     */
    private static boolean namedProductLine(List<Token> tokens, int i, int floor) {
        int k = i - 1;
        if (k >= floor && tokens.get(k).is("the")) {
            k--;
        }
        if (k < floor || !NAMING_VERBS.contains(tokens.get(k).norm())) {
            return false;
        }
        k--;
        if (k >= floor && COPULAS.contains(tokens.get(k).norm())) {
            k--;
        }
        return k >= floor && (Cues.PRODUCT_AFTER.contains(tokens.get(k).norm()) || PRODUCT_LINES.contains(tokens.get(k).norm()));
    }

    private static final Set<String> NAMING_VERBS = WordSet.of("called", "named", "dubbed");
    private static final Set<String> COPULAS = WordSet.of("is", "was", "are", "were", "be");
    /** Nouns of a maker's family of products: "a sub-brand called X", "the line is called X". */
    private static final Set<String> PRODUCT_LINES = WordSet.of("line", "lineup", "range", "brand", "sub-brand");

    /** Words telling that a product noun names something just made: "its new robot, X", "the latest chip, Y". */
    private static final Set<String> NEW_PRODUCT = WordSet.of("new", "latest", "upcoming", "next-generation");
    /** How far before the name such a word may stand: "its new AI-powered warehouse robot, X". */
    private static final int NEW_REACH = 6;

    /** Product nouns too general to tell a product after a describing word: "Zeta customer service" is the firm's. */
    private static final Set<String> GENERAL_PRODUCT_NOUNS = WordSet.of("service", "model", "models", "operating", "suite");

    /**
     * "the Spark platform", and, in a noun phrase opened by a determiner or a number, with one lower-case word
     * describing the noun: "the YOYO smart assistant", "70 Coyote support vehicles" (not "Kestrel bought trucks").
     */
    private static boolean productNounAfter(List<Token> tokens, int i, int end, Sentence s) {
        int limit = s.endToken();
        if (end >= limit) {
            return false;
        }
        if (Cues.PRODUCT_AFTER.contains(tokens.get(end).norm())) {
            return true;
        }
        Token modifier = tokens.get(end);
        Token before = i > s.firstToken() ? tokens.get(i - 1) : null;
        return end + 1 < limit && before != null && (DETERMINERS.contains(before.norm()) || before.script() == Script.NUMBER)
                && modifier.script() == Script.LATIN && Character.isLowerCase(modifier.surface().charAt(0))
                && !NameLexicon.isEnglishStop(modifier) && Cues.PRODUCT_AFTER.contains(tokens.get(end + 1).norm())
                && !GENERAL_PRODUCT_NOUNS.contains(tokens.get(end + 1).norm());
    }

    /** "Nova, the app it launched", "Spark, a platform for…": a product noun in apposition. */
    static boolean productApposition(List<Token> tokens, int end, int limit) {
        if (end + 2 >= limit || !tokens.get(end).is(",")) {
            return false;
        }
        int k = end + 1;
        if (!(tokens.get(k).is("the") || tokens.get(k).is("a") || tokens.get(k).is("an") || tokens.get(k).is("its"))) {
            return false;
        }
        for (int j = k + 1; j < Math.min(limit, k + 4); j++) {
            Token t = tokens.get(j);
            if (t.script() != Script.LATIN || t.capitalized()) {
                return false;
            }
            if (Cues.PRODUCT_AFTER.contains(t.norm())) {
                // "Zeta, a robot maker,", "Nova, a software company": the product noun only describes the maker's trade
                return (j + 1 >= limit || Cues.ENGLISH.get(tokens.get(j + 1).norm()) != EntityType.ORGANIZATION)
                        && !actsAsCompanyAfter(tokens, j, limit);
            }
        }
        return false;
    }

    /** What only a company does: "Kivu, a payments platform, raised $5m", "…, has laid off 40 staff". */
    private static final Set<String> COMPANY_ACTS = WordSet.of("raised", "raises", "secured", "secures", "laid", "lays",
            "hired", "hires", "acquired", "acquires", "bought", "buys", "employs", "posted", "reported");
    private static final int APPOSITION_REACH = 12;

    /** Whether the apposition around token {@code k} closes with a comma and the name it describes then acts as a company. */
    private static boolean actsAsCompanyAfter(List<Token> tokens, int k, int limit) {
        for (int j = k; j < Math.min(limit - 1, k + APPOSITION_REACH); j++) {
            if (tokens.get(j).is(",")) {
                int v = tokens.get(j + 1).is("has") && j + 2 < limit ? j + 2 : j + 1;
                return COMPANY_ACTS.contains(tokens.get(v).norm());
            }
        }
        return false;
    }

    /**
     * "JK Shin", "DJ Koh", "N Chandrasekaran": a given name written as one or two initials, then a surname; "Punit K
     * Goyal": a middle initial without its period. A title around says it is a person.
     */
    private static boolean initialsThenSurname(List<Token> tokens, int i, int end) {
        if (end - i == 2) {
            return initials(tokens.get(i).surface()) && allTitleCase(tokens, i + 1, end);
        }
        int k = i;
        while (k + 1 < end && tokens.get(k).surface().length() == 1 && initials(tokens.get(k).surface())
                && tokens.get(k + 1).is(".") && tokens.get(k + 1).start() == tokens.get(k).end()) {
            k += 2; // "D.J. Koh", "J. Roe": initials each with its period
        }
        if (k > i) {
            return end - k == 1 && allTitleCase(tokens, k, end);
        }
        return end - i == 3 && tokens.get(i + 1).surface().length() == 1 && initials(tokens.get(i + 1).surface())
                && allTitleCase(tokens, i, i + 1) && allTitleCase(tokens, i + 2, end);
    }

    /**
     * One capital letter with no period, then one title-case word that is no common word: a given name written as its
     * initial, as South Asian news writes it ("K Krithivasan"). "A" and "I" are words; "X Corp", "E Ink" end on a
     * company's or a common word.
     */
    private static boolean initialOpensName(List<Token> tokens, int i, int end) {
        String letter = tokens.get(i).surface();
        return end - i == 2 && letter.length() == 1 && Character.isUpperCase(letter.charAt(0)) && !letter.equals("A")
                && !letter.equals("I") && allTitleCase(tokens, i + 1, end) && !CommonWords.isCommon(tokens.get(i + 1).norm())
                && !Cues.ORG_ENDINGS.contains(tokens.get(i + 1).norm()) && !LEGAL_SUFFIXES.contains(tokens.get(i + 1).norm());
    }

    /**
     * A name, one capital letter (its period or none), a name: "Punit K Goyal", "Maria T. Lopez". Not when the first
     * word is a common one ("Series A Funding", "Vitamin D Labs").
     */
    private static boolean middleInitial(List<Token> tokens, int i, int end) {
        int letter = i + 1;
        int last = letter + 1 < end && tokens.get(letter + 1).is(".") ? letter + 2 : letter + 1;
        return last == end - 1 && tokens.get(letter).surface().length() == 1 && initials(tokens.get(letter).surface())
                && allTitleCase(tokens, i, i + 1) && allTitleCase(tokens, last, end)
                && !CommonWords.isCommon(tokens.get(i).norm()) && !CommonWords.isCommon(tokens.get(last).norm());
    }

    private static boolean initials(String s) {
        return (s.length() == 1 || s.length() == 2) && Character.isUpperCase(s.charAt(0))
                && Character.isUpperCase(s.charAt(s.length() - 1));
    }

    private static boolean allTitleCase(List<Token> tokens, int i, int end) {
        for (int k = i; k < end; k++) {
            Token t = tokens.get(k);
            String s = t.surface();
            if (t.is("-") || particle(t, k, i)) {
                continue;
            }
            if (s.length() < 2 || !Character.isLowerCase(s.charAt(1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean titleBefore(List<Token> tokens, int i, Sentence s) {
        if (i - 3 >= s.firstToken() && tokens.get(i - 1).is(")") && tokens.get(i - 3).is("(")
                && EnglishRoles.match(tokens, i - 2, i - 1) != null) {
            return true; // "group chief executive officer (CEO) Chua Sock Koong": the title's abbreviation in brackets
        }
        for (int k = Math.max(s.firstToken(), i - 8); k < i; k++) {
            var role = EnglishRoles.match(tokens, k, i);
            if (role != null && role.endToken() == i && !(role.endToken() - k == 1 && tokens.get(k).is("partner"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the company's chief executive, Ronan Vale, said", "the boss of Fox, Lachlan Murdoch, said", "his predecessor at
     * Acme, X, said": a name set off by commas right after a title or a word of succession (and its employer); not when the
     * title is itself apposed to a name before it ("Jane Roe, chair and CEO, Tidewater Logistics, said").
     */
    private static boolean titleApposedBefore(List<Token> tokens, int i, int end, Sentence s) {
        if (i - 1 <= s.firstToken() || !tokens.get(i - 1).is(",") || end >= s.endToken() || !tokens.get(end).is(",")) {
            return false;
        }
        for (int k = Math.max(s.firstToken(), i - 9); k < i - 1; k++) {
            var role = EnglishRoles.match(tokens, k, i - 1);
            if (role != null && (role.endToken() == i - 1 || employerBetween(tokens, role.endToken(), i - 1))) {
                return k == s.firstToken() || !tokens.get(k - 1).is(",");
            }
            if (SUCCESSION_NOUNS.contains(tokens.get(k).norm()) && (k + 1 == i - 1 || employerBetween(tokens, k + 1, i - 1))) {
                return true; // "His predecessor at Acme, X, …": the one a person follows in a post is a person
            }
        }
        return false;
    }

    /** Nouns for one who held a post before or after another: "his predecessor", "her successor at Acme". */
    private static final Set<String> SUCCESSION_NOUNS = WordSet.of("predecessor", "successor");

    /** "of Fox", "at Acme Labs": the employer of the title, in capitalized words up to the comma at {@code comma}. */
    private static boolean employerBetween(List<Token> tokens, int from, int comma) {
        if (comma - from < 2 || comma - from > 4 || !(tokens.get(from).is("of") || tokens.get(from).is("at"))) {
            return false;
        }
        for (int k = from + 1; k < comma; k++) {
            if (tokens.get(k).script() != Script.LATIN || !tokens.get(k).capitalized()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words before a name that make it the place a post is held, joined or left: "joined Acme Mining as president",
     * "returned to X as CEO", "the board of X as a director".
     */
    private static final Set<String> EMPLOYER_BEFORE = WordSet.of("join", "joins", "joined", "joining", "rejoin", "rejoins",
            "rejoined", "rejoining", "leave", "leaves", "left", "leaving", "departs", "departed", "departing", "quit",
            "quits", "exits", "exited", "to", "at", "of", "from", "for", "in", "with");

    private static boolean titleAfter(List<Token> tokens, int i, int end, Sentence s) {
        if (end + 1 < s.endToken() && tokens.get(end).is("as")) {
            if (i > s.firstToken() && EMPLOYER_BEFORE.contains(tokens.get(i - 1).norm())) {
                return false;
            }
            for (int k = end + 1; k < Math.min(s.endToken(), end + 6) && !tokens.get(k).is(","); k++) {
                if (EnglishRoles.match(tokens, k, s.endToken()) != null) {
                    return true; // "named Niel Golightly as the company's senior vice president"
                }
            }
            return false;
        }
        if (end + 2 < s.endToken() && tokens.get(end).is("(")) {
            var role = EnglishRoles.match(tokens, end + 1, s.endToken());
            return role != null && role.endToken() < s.endToken() && tokens.get(role.endToken()).is(")"); // "Jane Roe (COO)"
        }
        if (end + 1 >= s.endToken() || !tokens.get(end).is(",")) {
            return false;
        }
        if (end + 2 < s.endToken() && tokens.get(end + 2).is("by")) {
            return false; // "Acme, led by chief executive Jane Roe": the title is the one of the agent after "by"
        }
        if (tokens.get(end + 1).is("who")) {
            return true; // "Jan Leike, who co-led …"
        }
        if (tokens.get(end + 1).is("where") || tokens.get(end + 1).is("which")) {
            return false; // "joined from Nordic Transit, where she was COO": the title is held there, by someone else
        }
        if (end + 2 < s.endToken() && (tokens.get(end + 1).is("formerly") || tokens.get(end + 1).is("previously"))
                && (tokens.get(end + 2).is("of") || tokens.get(end + 2).is("with") || tokens.get(end + 2).is("at"))) {
            return true; // "Tanvir Chowdhury, formerly of Altaro Energy, …": a career is a person's
        }
        int k = end + 1;
        // a title after "as" is the post of the verb's subject, not apposed: "Altaro Energy, joins Acme as COO"
        while (k < s.endToken() && k < end + 6 && !tokens.get(k).is(",") && !tokens.get(k).is("as")) {
            var role = EnglishRoles.match(tokens, k, s.endToken());
            if (role != null) {
                int after = role.endToken();
                // "for Acme, the company's chief executive, Jane Roe, said": the title is apposed to the name after it
                return !(after + 1 < s.endToken() && tokens.get(after).is(",") && tokens.get(after + 1).capitalized()
                        && tokens.get(after + 1).script() == Script.LATIN);
            }
            k++;
        }
        return false;
    }
}
