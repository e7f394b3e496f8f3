package dev.khabar.core.facts;

import dev.khabar.core.entities.Gazetteer;
import dev.khabar.core.entities.GazetteerEntry;
import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import dev.khabar.core.text.WordFlags;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * LOCATED_IN only from explicit statements of place: "Cambridge-based Darktrace", "headquartered in X", "incorporated in X", "X's
 * headquarters in Y", "London's Chemring Group", «ومقرها X», «الواقع في X», «التي تتخذ من X مقرا», a facility
 * "في ولاية لويزيانا". A nationality ("UK firm", "Britain's X", "الجيش الأميركي") states no location.
 */
final class LocationFacts {
    private static final Set<String> PLACE_NOUNS = WordSet.of("ولايه", "مدينه", "اماره", "منطقه", "محافظه", "state", "city",
            "the", "of", "الرئيسي", "الرئيسيه", "main"); // «ومقرها الرئيسي في الرياض»
    /** Verbs of lying somewhere between a seat and its «في»: «المقر الرئيسي للشركة يقع في الرياض». */
    private static final Set<String> LIES = WordSet.of("يقع", "تقع", "يوجد", "توجد");
    /** Words saying where an organization sits, followed by the place: "headquartered in", «ومقرها», «الكائنة في». */
    private static final Set<String> SEAT = WordSet.of("مقرها", "مقره", "بمقرها", "بمقره", "headquartered", "based",
            "headquarters", "incorporated", "الكائن", "الكائنه", "الواقع", "الواقعه"); // "incorporated in Delaware": its legal seat
    /** «تتخذ من دبي مقرا لها», «ستتخذ من الرياض مركزا لعملياتها»: taking a city as its seat or its hub. */
    private static final Set<String> TAKES = WordSet.of("تتخذ", "يتخذ", "اتخذت", "اتخذ", "ستتخذ", "سيتخذ", "المتخذه",
            "المتخذ", "متخذه", "متخذا");
    /** «افتتحت شركة X مقرا لها في دبي»: verbs of opening, which a seat after them places in a city. */
    private static final Set<String> OPENS = WordSet.of("افتتحت", "افتتح", "تفتتح", "يفتتح", "ستفتتح", "سيفتتح");
    /** An office or a branch a company opens, which places it in the city too: «مكتبا», «فرعا لها», «أول فروعه». */
    private static final Set<String> OFFICES = WordSet.of("مكتب", "مكتبا", "مكاتب", "مكتبين", "فرع", "فرعا", "فروع",
            "فرعين", "فروعه", "فروعها", "مكاتبها", "مكاتبه", "مكتبها", "مكتبه", "فرعها", "فرعه");
    /** How many words may stand between the seat opened and «في»: «مقرا إقليميا جديدا لها». */
    private static final int SEAT_WORDS = 3;
    /** «يقع مقر الشركة في دبي», «مقر زيفرا في دبي», «بمقر الفوعة بأبوظبي»: the seat of the organization named after it. */
    private static final Set<String> SEAT_OF = WordSet.of("مقر", "بمقر");
    private static final Set<String> RELATIVES = WordSet.of("التي", "الذي");
    /** «المقر الرئيسي لشركة زيفرا في الرياض»: the main seat, its organization after ل. */
    private static final String THE_SEAT = "المقر";
    private static final Set<String> MAIN = WordSet.of("الرئيسي", "الرئيس");

    /** «ويقع المقر الرئيسي لشركة X في Y», «المقر الرئيسي للشركة»: the seat at {@code i}, its owner after ل at i + 2. */
    private static boolean mainSeatOf(Doc doc, Sentence s, int i) {
        return i + 3 < s.endToken() && Clitics.withoutConjunction(doc.token(i).norm()).equals(THE_SEAT)
                && MAIN.contains(doc.token(i + 1).norm()) && doc.token(i + 2).norm().startsWith("ل");
    }

    /** «مع شركات مقرها السعودية», "deals with firms based in Texas": the seat of companies left unnamed. */
    private static final Set<String> UNNAMED_SITED = WordSet.of("شركات", "شركه", "موسسات", "موسسه", "بنوك", "مصارف",
            "companies", "firms", "startups", "businesses", "banks");
    private static final Set<EntityType> SITED = Set.of(EntityType.ORGANIZATION, EntityType.FACILITY);
    /** "a Miami startup", "the Dubai lender Nexo": nouns of a company that a town before them places. */
    private static final Set<String> TOWN_DESCRIBED = WordSet.of("company", "firm", "startup", "lender", "bank", "retailer",
            "insurer", "developer", "fintech", "biotech", "carmaker", "automaker", "chipmaker", "drugmaker", "conglomerate",
            "airline", "group", "manufacturer", "miner", "producer", "broker");
    /** "moved its headquarters to Miami": the verbs that give a seat a new place. */
    private static final Set<String> MOVES = WordSet.of("moved", "moves", "moving", "move", "relocated", "relocates",
            "relocating", "relocate", "shifted", "shifts", "shifting", "shift", "transferred", "transferring");
    /** «نقلت مقرها إلى دبي», «قررت نقل مقرها»: the Arabic verbs and verbal noun of moving. */
    private static final Set<String> MOVES_AR = WordSet.of("نقل", "نقلت", "ينقل", "تنقل", "سينقل", "ستنقل");
    /** The prepositions of a move's old and new place: "from Boston to Miami", «من القاهرة إلى دبي». */
    private static final Set<String> MOVED_FROM = WordSet.of("from", "من");
    private static final Set<String> MOVED_TO = WordSet.of("to", "الي");

    private LocationFacts() {
    }

    private static final long SEAT_OR_TAKES = WordFlags.newFlag();

    /** The tests of the word alone that the rules on unnamed words below make first. */
    private static boolean seatOrTakes(Doc doc, int i) {
        WordFlags.Word word = doc.word(i);
        if (word.known(SEAT_OR_TAKES)) {
            return word.is(SEAT_OR_TAKES);
        }
        String n = doc.token(i).norm();
        return word.set(SEAT_OR_TAKES, Clitics.in(SEAT, n) || TAKES.contains(Clitics.withoutConjunction(n)) || LIES_IN.contains(n)
                || n.startsWith("و") && LIES_IN.contains(n.substring(1))
                || OPENS.contains(Clitics.withoutConjunction(n)) || Clitics.in(SEAT_OF, n)
                || Clitics.withoutConjunction(n).equals(THE_SEAT));
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            int m = doc.mentionAt[i];
            if (m < 0 && !seatOrTakes(doc, i)) {
                continue; // most words: no name and no word of a seat
            }
            int based = m >= 0 && doc.type(m) == EntityType.LOCATION && doc.mention(m).endToken() == i + 1 ? basedAfter(doc, s, i + 1) : -1;
            if (based > 0) {
                int place = cityBefore(doc, s, m);
                String org = describedAfter(doc, s, based, doc.mention(place).startToken());
                add(doc, s, out, org != null ? org : apposedTo(doc, s, doc.mention(place).startToken()), place);
                if (org != null) {
                    listedAfterPlural(doc, s, based, org, place, out);
                }
            } else if (m >= 0 && doc.type(m) == EntityType.LOCATION && doc.mention(m).endToken() == i + 1
                    && i + 1 < s.endToken() && doc.token(i + 1).is("'s") && !isCountry(doc, m)) {
                // "Dubai's Heathrow-sized airport", "Abu Dhabi's Ghasha field": a site lies in the city; a company told
                // as "London's Chemring" is only from it, as a nationality is, which states no seat
                int site = doc.mentionAt[Math.min(i + 2, s.endToken() - 1)];
                add(doc, s, out, site >= 0 && doc.type(site) == EntityType.FACILITY ? doc.id(site) : null, m);
            } else if (m >= 0 && doc.type(m) == EntityType.ORGANIZATION && doc.mention(m).endToken() == i + 1) {
                int place = ofPlace(doc, s, i + 1);
                if (place < 0) {
                    place = oneOfThoseIn(doc, s, i + 1);
                }
                add(doc, s, out, doc.id(m), place >= 0 ? place : bracketedPlace(doc, s, i + 1));
            } else if (m >= 0 && doc.type(m) == EntityType.FACILITY && doc.mention(m).endToken() == i + 1) {
                int place = placeAfter(doc, s, i + 1);
                add(doc, s, out, doc.id(m), place);
                String town = place < 0 ? townOfSite(doc, m) : null;
                if (town != null) {
                    out.add(FactType.LOCATED_IN, doc.id(m), town, null, null, null, null, null, Attributes.evidence(doc, s), 0.7);
                }
            } else if (m >= 0 && doc.type(m) == EntityType.LOCATION && doc.mention(m).endToken() == i + 1) {
                String own = ownSeat(doc, s, m);
                add(doc, s, out, own != null ? own : apposedNounIn(doc, s, m), m);
            } else if (m < 0 && Clitics.in(SEAT, doc.token(i).norm())
                    && !(SEATED_AFTER_PLACE.contains(doc.token(i).norm()) && i > s.firstToken() && doc.token(i - 1).is("-"))) {
                int loc = placeAfter(doc, s, i + 1);
                if (loc < 0) {
                    loc = placePastPreposition(doc, s, i);
                }
                if (loc < 0) {
                    loc = placePastStay(doc, s, i);
                }
                if (loc < 0) {
                    loc = placeOfWhere(doc, s, i);
                }
                boolean unnamed = i > s.firstToken() && doc.mentionAt[i - 1] < 0 && UNNAMED_SITED.contains(doc.token(i - 1).norm())
                        || placeClosesPhraseBefore(doc, s, i) || sitesCommonNoun(doc, s, i);
                String org = loc < 0 || unnamed ? null : opensSentence(doc, s, i) ? sitedAfter(doc, s, loc) : sitedBefore(doc, s, i);
                if (org == null && loc >= 0 && !unnamed && doc.token(i).norm().endsWith("ها")) {
                    org = Anaphora.possessive(doc, s, i); // «… زيفرا. ويقع مقرها في دبي»: "its" is the company told of before
                }
                add(doc, s, out, org, loc);
            } else if (m < 0 && (Clitics.in(SEAT_OF, doc.token(i).norm()) || mainSeatOf(doc, s, i))) {
                int[] after = new int[1];
                int named = Clitics.in(SEAT_OF, doc.token(i).norm()) ? i + 1 : i + 2;
                // "the company" deep in a sentence naming nothing before it is too far from its antecedent to guess
                boolean near = Anaphora.opening(doc, s, named) || !doc.mentionsIn(s.firstToken(), i).isEmpty();
                String org = namedAfter(doc, s, named, after, near);
                int place = org == null ? -1 : placeAfter(doc, s, after[0]);
                if (org != null && place < 0 && movedBefore(doc, s, i)) {
                    int to = newPlace(doc, s, after[0]); // «نقل المقر الرئيسي لشركة X إلى دبي»
                    place = to < 0 || doc.mentionAt[to] < 0 || doc.type(doc.mentionAt[to]) != EntityType.LOCATION ? -1 : doc.mentionAt[to];
                }
                add(doc, s, out, org, org == null || place >= 0 ? place : placeGlued(doc, s, after[0]));
            } else if (m < 0 && liesWithoutSubject(doc, s, i)) {
                int loc = placeAfter(doc, s, i + 1);
                add(doc, s, out, loc < 0 ? null : RELATIVES.contains(doc.token(i - 1).norm()) ? headOfRelative(doc, s, i - 1, false)
                        : sitedBefore(doc, s, i), loc);
            } else if (m < 0 && OPENS.contains(Clitics.withoutConjunction(doc.token(i).norm()))) {
                openedSeat(doc, s, i, out);
            } else if (m < 0 && TAKES.contains(Clitics.withoutConjunction(doc.token(i).norm())) && i + 3 < s.endToken()) {
                int[] from = new int[] {i + 1};
                String subject = doc.token(i + 1).is("من") ? null : namedAfter(doc, s, i + 1, from, true); // «وتتخذ الشركة من دبي مقرا»
                if (subject == null && from[0] != i + 1 || from[0] + 2 >= s.endToken() || !doc.token(from[0]).is("من") || doc.mentionAt[takenPlace(doc, s, from[0] + 1)] < 0) {
                    continue;
                }
                int loc = doc.mentionAt[takenPlace(doc, s, from[0] + 1)];
                int after = doc.mention(loc).endToken();
                String taken = after < s.endToken() ? Clitics.bare(doc.token(after).norm()) : "";
                boolean seat = taken.startsWith("مقر") || taken.startsWith("مركز"); // «مقرا», «مركزا لعملياتها»
                add(doc, s, out, !seat ? null : subject != null ? subject : relativeHead(doc, s, i), loc);
            }
        }
    }

    /** «تقع», «يقع»: verbs of lying somewhere whose subject may be dropped (not «يوجد», "there is", which names it after). */
    private static final Set<String> LIES_IN = WordSet.of("يقع", "تقع");

    /**
     * «تأسست شركة X عام 2012 وتقع في الدوحة», «شركة X التي تقع في دبي»: a verb of lying with «في» right after it, so no
     * subject of its own, carrying «و» right after the organization's name or a year (the clause goes on about it; after
     * any other word, «مشروعها "Y" ويقع في», the thing lying there may be another) or after a relative.
     */
    private static boolean liesWithoutSubject(Doc doc, Sentence s, int i) {
        if (i + 2 >= s.endToken() || i == s.firstToken() || !doc.token(i + 1).is("في")) {
            return false;
        }
        String n = doc.token(i).norm();
        int before = doc.mentionAt[i - 1];
        return n.startsWith("و") && LIES_IN.contains(n.substring(1)) && (before >= 0 && doc.type(before) == EntityType.ORGANIZATION
                || doc.token(i - 1).script() == Script.NUMBER)
                || LIES_IN.contains(n) && RELATIVES.contains(doc.token(i - 1).norm());
    }

    /**
     * "its Seattle headquarters", "Acme's Austin HQ": the organization whose seat a place names, or null. "Its" stands
     * for the organization the sentence opens with.
     */
    private static String ownSeat(Doc doc, Sentence s, int place) {
        int start = doc.mention(place).startToken();
        int after = doc.mention(place).endToken();
        if (after >= s.endToken() || !(doc.token(after).is("headquarters") || doc.token(after).is("hq"))
                || start - 1 < s.firstToken()) {
            return null;
        }
        Token before = doc.token(start - 1);
        if (before.is("'s") && start - 2 >= s.firstToken()) {
            int org = doc.mentionAt[start - 2];
            return org >= 0 && SITED.contains(doc.type(org)) ? doc.id(org) : null;
        }
        if (!before.is("its")) {
            return null;
        }
        var opening = doc.mentionsIn(s.firstToken(), start);
        return !opening.isEmpty() && SITED.contains(doc.type(opening.get(0))) ? doc.id(opening.get(0)) : null;
    }

    /**
     * "a lab in Aveiro, Portugal, where Acme is headquartered": the place "where" refers to, the city of a "city,
     * region" pair; -1 when the seat word has no "where X is" before it.
     */
    private static int placeOfWhere(Doc doc, Sentence s, int seat) {
        int k = seat - 1;
        while (k >= s.firstToken() && k > seat - 3 && (doc.token(k).is("is") || doc.token(k).is("was") || doc.token(k).is("are"))) {
            k--;
        }
        int org = k >= s.firstToken() ? doc.mentionAt[k] : -1;
        if (org < 0 || !SITED.contains(doc.type(org))) {
            return -1;
        }
        int where = doc.mention(org).startToken() - 1;
        if (where - 2 < s.firstToken() || !doc.token(where).is("where") || !Grammar.isComma(doc.token(where - 1))) {
            return -1;
        }
        int place = doc.mentionAt[where - 2];
        return place >= 0 && doc.type(place) == EntityType.LOCATION ? cityBefore(doc, s, place) : -1;
    }

    /** Words opening a clause that concedes or adds, before a seat: "While based in Oslo, …", "Now headquartered in …". */
    private static final Set<String> CONCEDING = WordSet.of("while", "whilst", "although", "though", "now", "also", "still");

    /**
     * Whether the seat word at i is in the phrase a sentence opens with: first, or joined by "and" to an opening phrase
     * naming no organization ("Founded in 2015 and based in Oslo, Acme …").
     */
    private static boolean opensSentence(Doc doc, Sentence s, int i) {
        if (i == s.firstToken() || i == s.firstToken() + 1 && CONCEDING.contains(doc.token(s.firstToken()).norm())) {
            return true; // "While headquartered in Cairo, Acme …": a concession still tells the seat of the doer after it
        }
        if (!doc.token(i - 1).is("and")) {
            return false;
        }
        return doc.mentionsIn(s.firstToken(), i).stream().noneMatch(m -> SITED.contains(doc.type(m)));
    }

    /**
     * "Headquartered in Germany, the Wirtgen Group has…", "Based in Milpitas, California, Touchstone …": a sentence
     * opening on the seat names the organization after the place's comma (and its region's); null when something else
     * follows.
     */
    private static String sitedAfter(Doc doc, Sentence s, int place) {
        int k = doc.mention(place).endToken();
        if (k >= s.endToken() || !Grammar.isComma(doc.token(k))) {
            return null;
        }
        k++;
        int region = k < s.endToken() ? doc.mentionAt[k] : -1;
        if (region >= 0 && doc.type(region) == EntityType.LOCATION && doc.mention(region).endToken() < s.endToken()
                && Grammar.isComma(doc.token(doc.mention(region).endToken()))) {
            k = doc.mention(region).endToken() + 1;
        }
        if (k < s.endToken() && doc.token(k).is("the")) {
            k++;
        }
        int m = k < s.endToken() ? doc.mentionAt[k] : -1;
        return m >= 0 && SITED.contains(doc.type(m)) ? doc.id(m) : null;
    }

    /**
     * «شركة زيفرا الواقعة في دبي حصة …», «بنك X، ومقره الرياض، …»: the end of the aside that places a name, from
     * {@code k} right after it (a seat word, «في», the place, a comma closing it), or {@code k} when none starts there.
     */
    static int pastSeat(Doc doc, Sentence s, int k) {
        int j = k < s.endToken() && Grammar.isComma(doc.token(k)) ? k + 1 : k;
        if (j >= s.endToken() || doc.mentionAt[j] >= 0 || !Clitics.in(SEAT, doc.token(j).norm())) {
            return k;
        }
        j++;
        if (j < s.endToken() && doc.token(j).is("في")) {
            j++;
        }
        if (j >= s.endToken() || doc.mentionAt[j] < 0 || doc.type(doc.mentionAt[j]) != EntityType.LOCATION) {
            return k;
        }
        j = doc.mention(doc.mentionAt[j]).endToken();
        return j < s.endToken() && Grammar.isComma(doc.token(j)) ? j + 1 : j;
    }

    /** «الواقعة», «الكائن»: the participles of lying somewhere, which agree with the noun right before them. */
    private static final Set<String> LYING = WordSet.of("الكائن", "الكائنه", "الواقع", "الواقعه");

    /**
     * «أكبر بنك في الدولة الواقعة في شمال أفريقيا»: a participle of lying describes the noun right before it (past one
     * or two adjectives); when that is a common noun, no name, nothing named is placed, whatever was named earlier.
     */
    private static boolean sitesCommonNoun(Doc doc, Sentence s, int i) {
        if (!LYING.contains(Clitics.withoutConjunction(doc.token(i).norm()))) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(s.firstToken(), i - 3); k--) {
            if (doc.mentionAt[k] >= 0 || Anaphora.length(doc, k, s) > 0) {
                return false; // «شركة زيفرا الناشئة الواقعة في», «الشركة الواقعة في»: a name or the company told of
            }
            if (!definite(doc.token(k).norm())) {
                return k < i - 1; // the definite words after k: a common noun and its adjectives
            }
        }
        return false;
    }

    /** «الدولة», «بالدولة», «والقرية»: written with the article, behind a preposition or a conjunction or not. */
    private static boolean definite(String n) {
        return n.startsWith("ال") || n.startsWith("بال") || n.startsWith("وال") || n.startsWith("فال") || n.startsWith("لل");
    }

    /**
     * The organization a place statement at token i belongs to: the nearest one before, else "the company" there, else
     * the one a sentence opening on "It" stands for.
     */
    private static String sitedBefore(Doc doc, Sentence s, int i) {
        var before = doc.mentionsIn(s.firstToken(), i);
        for (int k = before.size() - 1; k >= 0; k--) {
            if (SITED.contains(doc.type(before.get(k)))) {
                return apposedToPerson(doc, s, before.get(k), i) ? null : doc.id(before.get(k));
            }
        }
        for (int k = i - 1; k >= s.firstToken(); k--) {
            if (Anaphora.length(doc, k, s) > 0) {
                return Anaphora.resolve(doc, k); // «وقالت الشركة إن X … من مقرها في Y»
            }
        }
        // "It is based in Miami": the pronoun the sentence opens on, right before the seat (not "It hired engineers based in")
        return i - s.firstToken() <= PRONOUN_TO_SEAT ? Anaphora.subjectPronoun(doc, s, s.firstToken()) : null;
    }

    /** Words between an apposition's closing comma and the seat: "…, will be primarily based in". */
    private static final Set<String> SEAT_AUXILIARIES = WordSet.of("will", "would", "be", "is", "was", "are", "were",
            "been", "has", "have", "had", "to", "now", "still", "also", "currently", "primarily", "mainly", "largely");
    /** How far before the organization the comma opening the apposition may stand: "X, the new Acme Corp CEO,". */
    private static final int APPOSITION_OPENS_WITHIN = 6;

    /**
     * "Jane Roe, Acme’s new CEO, will be based in York": the organization stands in an apposition to a person, who is
     * the one based there.
     */
    private static boolean apposedToPerson(Doc doc, Sentence s, int org, int seat) {
        int k = seat - 1;
        while (k > doc.mention(org).endToken() && SEAT_AUXILIARIES.contains(doc.token(k).norm())) {
            k--;
        }
        if (k <= doc.mention(org).endToken() - 1 || !Grammar.isComma(doc.token(k))) {
            return false;
        }
        int start = doc.mention(org).startToken();
        for (int j = start - 1; j > s.firstToken() && j >= start - APPOSITION_OPENS_WITHIN; j--) {
            if (Grammar.isComma(doc.token(j))) {
                int m = doc.mentionAt[j - 1];
                return m >= 0 && doc.type(m) == EntityType.PERSON;
            }
            if (doc.mentionAt[j] >= 0) {
                return false;
            }
        }
        return false;
    }

    /** "It is based", "It is now headquartered": the most words from the pronoun to the seat. */
    private static final int PRONOUN_TO_SEAT = 3;

    /**
     * The organization named at token k, past a bare «شركة» («شركة زيفرا»), or "the company" standing for one when
     * {@code phrase}; end[0] is set past it. Null when k names none.
     */
    private static String namedAfter(Doc doc, Sentence s, int k, int[] end, boolean phrase) {
        if (k + 1 < s.endToken() && doc.mentionAt[k] < 0 && doc.mentionAt[k + 1] >= 0 && Clitics.bare(doc.token(k).norm()).equals("شركه")) {
            k++;
        }
        if (k >= s.endToken()) {
            return null;
        }
        int m = doc.mentionAt[k];
        if (m >= 0) {
            end[0] = doc.mention(m).endToken();
            return SITED.contains(doc.type(m)) ? doc.id(m) : null;
        }
        int length = phrase ? Anaphora.length(doc, k, s) : 0;
        if (length > 0) {
            end[0] = k + length;
            while (end[0] < Math.min(s.endToken(), k + length + 2) && doc.mentionAt[end[0]] < 0
                    && doc.token(end[0]).norm().startsWith("ال")) {
                end[0]++; // «الخطوط الجوية الجديدة»: the noun's adjectives
            }
            return Anaphora.resolve(doc, k);
        }
        return null;
    }

    /**
     * «الشركة التي تتخذ من إسرائيل مقرا»: the noun a relative clause hangs on is what takes the seat (a name, or "the
     * company" standing for one), not the nearest name before; without a relative pronoun, the nearest name.
     */
    private static String relativeHead(Doc doc, Sentence s, int verb) {
        if (verb - 2 < s.firstToken() || !RELATIVES.contains(doc.token(verb - 1).norm())) {
            return sitedBefore(doc, s, verb);
        }
        return headOfRelative(doc, s, verb - 1, true);
    }

    /**
     * The organization a relative at {@code relative} hangs on when it is named or told as "the company" right before
     * it; for another noun, the nearest name before when {@code orNearest}, else null («المقر الرئيسي الذي يقع في
     * بيروت»: a seat of no one named).
     */
    private static String headOfRelative(Doc doc, Sentence s, int relative, boolean orNearest) {
        int head = relative - 1;
        if (head < s.firstToken()) {
            return null;
        }
        int m = doc.mentionAt[head];
        if (m >= 0) {
            return SITED.contains(doc.type(m)) ? doc.id(m) : null;
        }
        int phrase = Anaphora.phraseEndingAt(doc, head, s);
        // «زادت X حصتها في الشركة التي …»: "the company" named apart from X is another one than X
        return phrase >= 0 ? Anaphora.resolve(doc, phrase, sitedBefore(doc, s, phrase))
                : orNearest ? sitedBefore(doc, s, relative + 1) : null;
    }

    /** Words a place is hyphened to before the company it seats: "Paris-based", "Italy-headquartered". */
    private static final Set<String> SEATED_AFTER_PLACE = WordSet.of("based", "headquartered");

    /**
     * After a place: the token past "-based" ("Paris-based") or "-headquartered" ("Italy-headquartered"), past a town's
     * company noun ("a Miami startup"), or past a bare "based" that describes a noun ("the San Jose, California based
     * company"; not "based on"); else -1.
     */
    private static int basedAfter(Doc doc, Sentence s, int k) {
        if (k + 1 < s.endToken() && doc.token(k).is("-") && SEATED_AFTER_PLACE.contains(doc.token(k + 1).norm())) {
            return k + 2;
        }
        if (k < s.endToken() && TOWN_DESCRIBED.contains(doc.token(k).norm()) && townAfterArticle(doc, s, k)) {
            return k; // "a Miami startup", "the Dubai lender Nexo"
        }
        boolean bare = k + 1 < s.endToken() && doc.token(k).is("based") && doc.token(k).surface().equals("based")
                && !doc.token(k + 1).is("on") && !doc.token(k + 1).is("upon") && !doc.token(k + 1).is("in");
        return bare && k + 1 < s.endToken() && doc.token(k + 1).isWord() ? k + 1 : -1;
    }

    /**
     * "X, a Miami startup", "the Dubai lender Nexo": the place right before the noun at {@code noun} is a town (no
     * country: "a UK firm" is a nationality), "a" opens the phrase, or "the" with the name right after the noun; "the
     * Berkshire firm" alone may stand for any company told of before, so it places none.
     */
    private static boolean townAfterArticle(Doc doc, Sentence s, int noun) {
        int m = doc.mentionAt[noun - 1];
        int before = doc.mention(m).startToken() - 1;
        if (isCountry(doc, m) || before >= s.firstToken() && doc.mentionAt[before] >= 0) {
            return false;
        }
        int named = noun + 1 < s.endToken() ? doc.mentionAt[noun + 1] : -1;
        boolean namedNext = named >= 0 && SITED.contains(doc.type(named)) && doc.mention(named).startToken() == noun + 1;
        if (before < s.firstToken()) {
            return namedNext; // "London fintech WorldFirst has …": a headline's or a sentence's opening noun phrase
        }
        return doc.token(before).is("a") || doc.token(before).is("an")
                || (doc.token(before).is("the") || !doc.token(before).isWord() || Grammar.isPreposition(doc.token(before))) && namedNext;
    }

    /**
     * "based out of Miami", "moved its headquarters to Miami" (or "from Boston to Miami"): the place after the seat's own
     * preposition, or -1.
     */
    private static int placePastPreposition(Doc doc, Sentence s, int seat) {
        int from = -1;
        if (doc.token(seat).is("based") && seat + 3 < s.endToken() && doc.token(seat + 1).is("out") && doc.token(seat + 2).is("of")) {
            from = seat + 3;
        } else if (movedBefore(doc, s, seat) && seat + 2 < s.endToken()) {
            from = newPlace(doc, s, MAIN.contains(doc.token(seat + 1).norm()) ? seat + 2 : seat + 1); // «مقرها الرئيسي إلى»
        }
        int m = from > 0 ? doc.mentionAt[from] : -1;
        return m >= 0 && doc.type(m) == EntityType.LOCATION && doc.mention(m).startToken() == from ? m : -1;
    }

    /**
     * "set up a new region for eastern Ohio, based in Akron": the phrase the seat word is apposed to ends on a place, so
     * it describes something placed (a region, a unit) that no name states, not the company named earlier.
     */
    private static boolean placeClosesPhraseBefore(Doc doc, Sentence s, int seat) {
        int before = seat - 2;
        if (before - 1 < s.firstToken() || !Grammar.isComma(doc.token(seat - 1)) || doc.mentionAt[before] < 0
                || doc.type(doc.mentionAt[before]) != EntityType.LOCATION) {
            return false;
        }
        int k = doc.mention(doc.mentionAt[before]).startToken() - 1;
        if (k < s.firstToken() || doc.mentionAt[k] >= 0 || Grammar.isComma(doc.token(k))) {
            return false; // "Akron, Ohio, based …", "A, B, C": a list or a town's state, no phrase
        }
        while (k > s.firstToken() && !Grammar.isComma(doc.token(k))) {
            k--;
        }
        // "Kestrel, a baker from Ohio, based in Akron": a phrase apposed to the name describes the named company itself
        return !(Grammar.isComma(doc.token(k)) && k - 1 >= s.firstToken() && doc.mentionAt[k - 1] >= 0
                && SITED.contains(doc.type(doc.mentionAt[k - 1])));
    }

    /** Verbs that keep a seat where it is: "its headquarters will remain in X", "the headquarters is in X". */
    private static final Set<String> STAYS = WordSet.of("is", "are", "was", "will", "would", "be", "remain", "remains",
            "stay", "stays", "still", "continue", "continues", "to");

    /**
     * "its headquarters will remain in Mountain View", "Acme's headquarters is in Leeds": the place after a verb that
     * keeps the seat where it is (a verb of moving it is no statement of where it is now), or -1.
     */
    private static int placePastStay(Doc doc, Sentence s, int seat) {
        if (!doc.token(seat).is("headquarters")) {
            return -1;
        }
        int k = seat + 1;
        while (k < s.endToken() && k <= seat + 3 && doc.mentionAt[k] < 0 && STAYS.contains(doc.token(k).norm())) {
            k++;
        }
        return k > seat + 1 && k + 1 < s.endToken() && doc.token(k).is("in") ? placeAfter(doc, s, k) : -1;
    }

    /** The token after a move's "to" at {@code k}, past its "from" and old place; or -1. */
    private static int newPlace(Doc doc, Sentence s, int k) {
        int old = k + 1 < s.endToken() && MOVED_FROM.contains(doc.token(k).norm()) ? doc.mentionAt[k + 1] : -1;
        if (old >= 0 && doc.type(old) == EntityType.LOCATION) {
            k = doc.mention(old).endToken();
        }
        return k + 1 < s.endToken() && MOVED_TO.contains(doc.token(k).norm()) ? k + 1 : -1;
    }

    /** "moved its headquarters", "is relocating headquarters", «قررت نقل مقرها»: a verb of moving a word or two before the seat. */
    private static boolean movedBefore(Doc doc, Sentence s, int seat) {
        for (int k = seat - 1; k >= Math.max(s.firstToken(), seat - 3); k--) {
            if (MOVES.contains(doc.token(k).norm())) {
                return true;
            }
        }
        // «نقل مقرها», «نقلت شركة X مقرها»: an Arabic seat is the verb's object, right after it or after its named
        // subject; not «نقلت ركابها من مقرها»
        int m = seat - 1 >= s.firstToken() ? doc.mentionAt[seat - 1] : -1;
        int verb = m >= 0 && doc.mention(m).endToken() == seat ? doc.mention(m).startToken() - 1 : seat - 1;
        if (m >= 0 && verb > s.firstToken() && Grammar.isArabicOrgCue(doc.token(verb))) {
            verb--; // «نقلت شركة X مقرها»: the company noun before the name
        }
        return verb >= s.firstToken() && MOVES_AR.contains(Clitics.bare(doc.token(verb).norm()));
    }

    /** How many words may describe a firm between "X-based" and its name: "Oslo-based ear and hearing care device maker Y". */
    private static final int DESCRIBED_WORDS = 9;

    /** Words that open another clause, whose names the description before them cannot reach. */
    private static final Set<String> CLAUSE_OPENERS = WordSet.of("while", "whereas", "but", "which", "that", "who", "whose");

    /** After "X-based": the organization named, or the noun phrase standing for one ("the NYC-based blogging startup"). */
    private static String describedAfter(Doc doc, Sentence s, int from, int placeStart) {
        int words = 0;
        for (int k = from; k < s.endToken() && words < DESCRIBED_WORDS; k++) {
            if (doc.token(k).is("(") && doc.mentionAt[k] < 0) {
                int closed = Grammar.pastTimeOrBracket(doc.tokens, k, s.endToken());
                if (closed == k) {
                    return null; // a bracket left open (damaged text) ends the description
                }
                k = closed - 1;
                continue; // "a Lyon-based delivery (quick-commerce) startup": the bracket only glosses the description
            }
            if (doc.mentionAt[k] < 0 && (doc.token(k).is("-") || k + 1 < s.endToken() && doc.token(k + 1).is("-"))) {
                continue; // "on-demand", "last-mile": a compound's parts are one describing word, "on" no preposition
            }
            words++;
            int m = doc.mentionAt[k];
            if (m >= 0) {
                return SITED.contains(doc.type(m)) ? doc.id(m) : null;
            }
            if (Grammar.isComma(doc.token(k)) && k + 1 < s.endToken() && doc.mentionAt[k + 1] >= 0) {
                continue; // "a UK-based cybersecurity firm, Egress": the name apposed to the description
            }
            if (Grammar.isComma(doc.token(k)) || Grammar.isPreposition(doc.token(k)) || CLAUSE_OPENERS.contains(doc.token(k).norm())) {
                return null; // "Acme is Oslo-based software maker while Beta is …": the name past "while" is another firm's
            }
            if (doc.token(k).is("and") && k + 1 < s.endToken() && doc.mentionAt[k + 1] >= 0) {
                return null; // "between the Denver-based lender and Norvale": the name after "and" is another party
            }
            int phrase = Anaphora.phraseEndingAt(doc, k, s);
            if (phrase < 0 && Anaphora.isNoun(doc.token(k)) && k - placeStart <= 6 && placeStart > s.firstToken()
                    && doc.token(placeStart - 1).is("the")) {
                phrase = placeStart - 1; // "the San Jose, California based company": the comma inside the place
            }
            if (phrase >= 0) {
                int named = k + 1 < s.endToken() ? doc.mentionAt[k + 1] : -1;
                if (named >= 0 && doc.type(named) == EntityType.ORGANIZATION) {
                    return doc.id(named); // "the Boston-based firm Quill Systems": the name apposed to the noun
                }
                return Anaphora.resolve(doc, phrase);
            }
        }
        return null;
    }

    /**
     * "Waterloo, Ont.-based X", "Austin, Texas-based X": the region only narrows the city before its comma, and the
     * city is where X sits.
     */
    private static int cityBefore(Doc doc, Sentence s, int region) {
        int comma = doc.mention(region).startToken() - 1;
        if (comma - 1 < s.firstToken() || !Grammar.isComma(doc.token(comma))) {
            return region;
        }
        int city = doc.mentionAt[comma - 1];
        return city >= 0 && doc.type(city) == EntityType.LOCATION && doc.mention(city).endToken() == comma
                && !isCountry(doc, city) ? city : region;
    }

    /**
     * "Run:ai, a Tel Aviv-based startup", "Acme Corp., a Reston-based contractor", "Acme is a Reston-based contractor":
     * the organization before ", a" or "is a".
     */
    private static String apposedTo(Doc doc, Sentence s, int i) {
        int k = describingWordsBefore(doc, s, i);
        while (k >= s.firstToken() && (doc.token(k).is("a") || doc.token(k).is("an") || doc.token(k).is("the"))) {
            k--;
        }
        int name = k - 1;
        if (name > s.firstToken() && doc.token(name).is(".") && doc.mentionAt[name] < 0) {
            name--; // the period of "Corp." or "Inc." stands between the name and its comma
        }
        if (name >= s.firstToken() && (Grammar.isComma(doc.token(k)) || doc.token(k).is("is") || doc.token(k).is("was"))
                && doc.mentionAt[name] >= 0
                && doc.type(doc.mentionAt[name]) == EntityType.ORGANIZATION) {
            return doc.id(doc.mentionAt[name]);
        }
        return null;
    }

    /**
     * "X, a logistics company in Kenya,", "X, a startup out of Porto": the firm whose apposed noun of a company the
     * place after "in" or "out of" locates; else null.
     */
    private static String apposedNounIn(Doc doc, Sentence s, int place) {
        int k = doc.mention(place).startToken() - 1;
        if (k - 1 >= s.firstToken() && doc.token(k).is("of") && doc.token(k - 1).is("out")) {
            k -= 2;
        } else if (k >= s.firstToken() && doc.token(k).is("in")) {
            k--;
        } else {
            return null;
        }
        return k >= s.firstToken() && doc.mentionAt[k] < 0 && TOWN_DESCRIBED.contains(doc.token(k).norm())
                ? apposedTo(doc, s, k + 1) : null;
    }

    /** How many words may describe a firm between its article and its place: "a young, fast-growing Reston-based". */
    private static final int DESCRIBING_WORDS = 5;

    /**
     * The token before the place at {@code i} once the lower-case words describing the firm between an article and
     * the place are passed ("a young Malmö-based firm", "a fast-growing Reston-based contractor"); else {@code i - 1}.
     */
    private static int describingWordsBefore(Doc doc, Sentence s, int i) {
        int k = i - 1;
        while (k >= s.firstToken() && i - k <= DESCRIBING_WORDS && doc.mentionAt[k] < 0 && !doc.token(k).capitalized()
                && (doc.token(k).script() == Script.LATIN || doc.token(k).is("-") || Grammar.isComma(doc.token(k)))) {
            if (doc.token(k).is("a") || doc.token(k).is("an")) {
                return k;
            }
            k--;
        }
        return i - 1;
    }

    /**
     * "Ohio-based lenders Acme Bank and Beta Credit Union", "the Texas-based firms A, B and C": a plural description
     * names a list, and every organization of the list sits in the place.
     */
    private static void listedAfterPlural(Doc doc, Sentence s, int from, String first, int place, FactCollector out) {
        for (int k = from + 1; k < Math.min(s.endToken(), from + 7); k++) {
            int m = doc.mentionAt[k];
            if (m < 0) {
                continue;
            }
            Token before = doc.token(k - 1);
            String n = before.norm();
            if (doc.id(m).equals(first) && doc.mentionAt[k - 1] < 0 && before.isWord() && !before.capitalized()
                    && n.length() > 3 && n.endsWith("s") && !n.endsWith("ss")) {
                List<String> members = new ArrayList<>();
                NameLists.listAfter(doc, s, m, s.endToken(), SITED, first, members);
                for (String member : members) {
                    out.add(FactType.LOCATED_IN, member, doc.id(place), null, null, null, null, null, Attributes.evidence(doc, s), 0.7);
                }
            }
            return;
        }
    }

    /**
     * "EMC Corp. of the United States," "Samsung of South Korea and …": a place after "of" that closes the name's phrase
     * says where the organization is from; a place the phrase goes on with ("of Texas's new law") does not.
     */
    private static int ofPlace(Doc doc, Sentence s, int i) {
        int k = i < s.endToken() && doc.token(i).is("of") ? i + 1 : -1;
        if (k > 0 && k < s.endToken() && doc.token(k).is("the")) {
            k++;
        }
        int m = k > 0 && k < s.endToken() ? doc.mentionAt[k] : -1;
        if (m < 0 || doc.type(m) != EntityType.LOCATION || doc.mention(m).startToken() != k) {
            return -1;
        }
        int after = doc.mention(m).endToken();
        return after >= s.endToken() || Grammar.isComma(doc.token(after)) || doc.token(after).is(".")
                || doc.token(after).is("and") || doc.token(after).is(")") ? m : -1;
    }

    /** «أحد», «إحدى», «من»: "one of", opening the apposition that ranks a company among others. */
    private static final Set<String> ONE_OF = WordSet.of("احد", "احدي", "من");
    /** Superlatives that rank it: the largest, the leading, the most important, the oldest, the first. */
    private static final Set<String> RANKS = WordSet.of("اكبر", "ابرز", "اهم", "اقدم", "اول", "اعرق", "كبري");
    /** Plurals of the bodies it is ranked among: banks, companies, groups, institutions. */
    private static final Set<String> BODIES = WordSet.of("البنوك", "المصارف", "الشركات", "المجموعات", "الموسسات");

    /**
     * «بنك زيفرا، أحد أبرز البنوك الإسلامية في الأردن», «شركة X، إحدى أكبر الشركات في مصر»: ranked among the banks
     * or companies in a place, the company is in it. The place's mention, or -1.
     */
    private static int oneOfThoseIn(Doc doc, Sentence s, int i) {
        int k = i < s.endToken() && Grammar.isComma(doc.token(i)) ? i + 1 : i;
        if (k + 3 >= s.endToken() || !ONE_OF.contains(doc.token(k).norm()) || !RANKS.contains(doc.token(k + 1).norm())
                || !BODIES.contains(doc.token(k + 2).norm())) {
            return -1;
        }
        k += 3;
        while (k < s.endToken() && k < i + 7 && doc.mentionAt[k] < 0 && doc.token(k).norm().startsWith("ال")) {
            k++; // «الإسلامية», «الناشئة»: the plural's adjectives
        }
        int m = k + 1 < s.endToken() && doc.token(k).is("في") ? doc.mentionAt[k + 1] : -1;
        return m >= 0 && doc.type(m) == EntityType.LOCATION && doc.mention(m).startToken() == k + 1 ? m : -1;
    }

    /**
     * "Albertsons (Boise, Idaho)", "Walgreens (Deerfield, Ill.)": a town in brackets right after a company's name, alone
     * or before its region, is the company's seat; a country there ("Acme (UK)") is a nationality and states none.
     */
    private static int bracketedPlace(Doc doc, Sentence s, int i) {
        int m = i + 1 < s.endToken() && doc.token(i).is("(") ? doc.mentionAt[i + 1] : -1;
        if (m < 0 || doc.type(m) != EntityType.LOCATION || doc.mention(m).startToken() != i + 1 || isCountry(doc, m)) {
            return -1;
        }
        int after = doc.mention(m).endToken();
        return after < s.endToken() && (doc.token(after).is(")") || Grammar.isComma(doc.token(after))) ? m : -1;
    }

    /** «تتخذ من ولاية فلوريدا مقرا»: the token of the place taken, past a word for a kind of place. */
    private static int takenPlace(Doc doc, Sentence s, int k) {
        return k + 1 < s.endToken() && doc.mentionAt[k] < 0 && PLACE_NOUNS.contains(doc.token(k).norm()) ? k + 1 : k;
    }

    /** A place right after token i: "في ولاية X", "in X", "X". */
    private static int placeAfter(Doc doc, Sentence s, int i) {
        int k = i;
        while (k < s.endToken() && doc.mentionAt[k] < 0 && k < i + 4
                && (Grammar.isQuote(doc.token(k)) || doc.token(k).is("في") || doc.token(k).is("in")
                || PLACE_NOUNS.contains(Clitics.bare(doc.token(k).norm())) || PLACE_NOUNS.contains(doc.token(k).norm())
                || LIES.contains(doc.token(k).norm()) && k + 1 < s.endToken() && doc.token(k + 1).is("في"))) {
            k++;
        }
        if (k == i || k >= s.endToken()) {
            return k < s.endToken() && doc.mentionAt[k] >= 0 && doc.type(doc.mentionAt[k]) == EntityType.LOCATION
                    && Clitics.in(SEAT, doc.token(i - 1).norm()) ? doc.mentionAt[k] : -1;
        }
        int m = doc.mentionAt[k];
        int town = m >= 0 ? townOfRegion(doc, s, m) : -1;
        return town >= 0 && doc.type(town) == EntityType.LOCATION ? town : -1;
    }

    /** Nouns of a town a region before them describes: "the Silicon Valley city of Mountain View". */
    private static final Set<String> TOWNS = WordSet.of("city", "town", "suburb", "village");

    /** "the Silicon Valley city of Mountain View": the town named after the region's "city of", else the region. */
    private static int townOfRegion(Doc doc, Sentence s, int region) {
        int k = doc.mention(region).endToken();
        int town = k + 2 < s.endToken() && TOWNS.contains(doc.token(k).norm()) && doc.token(k + 1).is("of")
                ? doc.mentionAt[k + 2] : -1;
        return town >= 0 && doc.type(town) == EntityType.LOCATION ? town : region;
    }

    /** «بمقر الفوعة بأبوظبي»: the place right after the seat's owner, written with «ب» glued to it; or -1. */
    private static int placeGlued(Doc doc, Sentence s, int k) {
        int m = k < s.endToken() ? doc.mentionAt[k] : -1;
        return m >= 0 && doc.type(m) == EntityType.LOCATION && Grammar.clitic(doc, doc.mention(m)).equals("ب") ? m : -1;
    }

    /**
     * «افتتحت شركة X مقرا لها في دبي», «وافتتحت مقراً لها في دبي», «افتتحت X مكتبا جديدا في الرياض»: the seat, office
     * or branch a company opens places it in the city after «في»; with no name after the verb, the company is the one
     * the sentence is about.
     */
    private static void openedSeat(Doc doc, Sentence s, int verb, FactCollector out) {
        int[] end = new int[] {verb + 1};
        String org = namedAfter(doc, s, verb + 1, end, true);
        int k = org == null ? verb + 1 : end[0];
        if (k + 1 < s.endToken() && doc.mentionAt[k] < 0 && doc.token(k).is("اول")) {
            k++; // «افتتح البنك أول فروعه في جدة»
        }
        if (k >= s.endToken() || doc.mentionAt[k] >= 0 || !Clitics.bare(doc.token(k).norm()).startsWith("مقر")
                && !OFFICES.contains(doc.token(k).norm()) && !OFFICES.contains(Clitics.bare(doc.token(k).norm()))) {
            return; // «افتتحت الشركة مصنعا»: a plant, not its seat
        }
        int seat = k;
        while (k < s.endToken() && k <= seat + SEAT_WORDS && doc.mentionAt[k] < 0 && !doc.token(k).is("في")) {
            k++; // «لها», «إقليميا», «جديدا»
        }
        int loc = k < s.endToken() && doc.token(k).is("في") ? placeAfter(doc, s, k) : -1;
        add(doc, s, out, org != null ? org : loc < 0 ? null : Anaphora.possessive(doc, s, verb), loc);
    }

    /**
     * "its Ruston plant": the place a site is named after, when the text names that town as a place too; null when
     * the site's name opens with no known place.
     */
    private static String townOfSite(Doc doc, int m) {
        var site = doc.mention(m);
        StringBuilder town = new StringBuilder();
        for (int k = site.startToken(); k < site.endToken() && doc.token(k).capitalized(); k++) {
            town.append(town.isEmpty() ? "" : " ").append(doc.token(k).surface());
        }
        if (town.isEmpty() || town.length() == site.surface().length()) {
            return null;
        }
        for (Entity e : doc.entities.entities()) {
            if (e.type() == EntityType.LOCATION && e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(town.toString()))) {
                return e.id();
            }
        }
        return null;
    }

    private static boolean isCountry(Doc doc, int m) {
        GazetteerEntry entry = Gazetteer.get().byName(doc.entities.entities().get(doc.entities.entityOfMention()[m]).name());
        return entry != null && Gazetteer.get().countryCode(entry) != null;
    }

    private static void add(Doc doc, Sentence s, FactCollector out, String subject, int location) {
        if (subject != null && location >= 0) {
            out.add(FactType.LOCATED_IN, subject, doc.id(location), null, null, null, null, null,
                    Attributes.evidence(doc, s), 0.7);
        }
    }
}
