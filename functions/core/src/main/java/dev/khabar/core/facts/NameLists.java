package dev.khabar.core.facts;

import dev.khabar.core.entities.NameLexicon;
import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.roles.EnglishRoles;
import dev.khabar.core.roles.RoleMatch;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/** Lists of names sharing one role: "A, B and the C Fund", "A and B, as well as C", «مثل A و B», «مع شركة A وشركة B». */
final class NameLists {
    private NameLists() {
    }

    /** Words that open a list without ending the phrase: "firms like A, B and C", «شركات مثل A و B». */
    static final Set<String> LIST_OPENERS = WordSet.of("مثل", "منها", "بينها", "including", "like", "such", "as", "namely");

    /** «بما في ذلك», "including": the phrase's first two words, before «ذلك». */
    private static final Set<String> INCLUDING_OPENING = WordSet.of("بما", "وبما");

    /**
     * Whether token {@code k} opens a list: a word of {@link #LIST_OPENERS} («مثل», «منها»), or the «ذلك» that ends
     * «بما في ذلك» ("including").
     */
    static boolean opensList(Doc doc, int k) {
        String n = doc.token(k).norm();
        return LIST_OPENERS.contains(n)
                || n.equals("ذلك") && k >= 2 && doc.token(k - 1).is("في") && INCLUDING_OPENING.contains(doc.token(k - 2).norm());
    }

    /** «وشريكه فلان»: a partner's or relative's noun with its pronoun, joining the person named after it. */
    private static final Set<String> COMPANIONS = WordSet.of("وشريكه", "وشريكها", "وزميله", "وزميلها", "وشقيقه", "وشقيقها",
            "وزوجته", "وزوجها", "وصديقه", "وصديقها");

    /** «وشريكه», «وزوجته»: a companion's noun joining the person named after it. */
    static boolean companion(Token t) {
        return COMPANIONS.contains(t.norm());
    }

    /** «وشركة X», «وشريكه فلان»: a cue noun carrying the conjunction joins the name after it to the list. */
    private static boolean coordinatedCue(Token t) {
        return t.script() == Script.ARABIC && t.norm().startsWith("و") && (Grammar.isArabicOrgCue(t) || companion(t));
    }

    /**
     * The name that mention {@code m} only describes, or -1: a company before a founder's or officer's title
     * ("Twitter founders Evan Williams and Biz Stone", "Starling backer Jane Doe"), a place before "based" ("Austin-based Acme").
     */
    static int described(Doc doc, int m, int end) {
        int e = doc.mention(m).endToken();
        int k = e;
        while (k < end && (doc.token(k).is("-") || doc.token(k).is("based") || doc.token(k).is("co")
                || (doc.token(k).script() == Script.LATIN && titleWord(doc.token(k).norm())))) {
            k++;
        }
        return k > e && k < end && doc.mentionAt[k] >= 0 && !doc.token(k - 1).is("-") ? doc.mentionAt[k] : -1;
    }

    /** "founder", "founders", "CEO": a title word, singular or plural. */
    private static boolean titleWord(String n) {
        return dev.khabar.core.entities.NameLexicon.isEnglishTitle(n) || DealParties.INVESTOR_WORDS.contains(n)
                || (n.endsWith("s") && dev.khabar.core.entities.NameLexicon.isEnglishTitle(n.substring(0, n.length() - 1)));
    }

    /** Names joined to mention {@code m} by و / and / commas / "such as": the other members of the list. */
    static void listAfter(Doc doc, Sentence s, int m, int end, Set<EntityType> types, String subject, List<String> out) {
        int k = doc.mention(m).endToken();
        while (k < end) {
            Token t = doc.token(k);
            int closed = t.is("(") && doc.mentionAt[k - 1] >= 0 ? closing(doc, k, end) : -1;
            if (closed > 0) {
                k = closed + 1;
                continue; // "Fortescue Metals Group (ASX: FMG), Chevron": a member's ticker or short name is no member
            }
            int national = types.contains(EntityType.LOCATION) ? k : ArabicListLinks.pastNationality(doc, k, end);
            if (national > k) {
                k = national;
                continue; // «شركة UnionPay الصينية وشركة Y»: the member's nationality names no member
            }
            if (doc.mentionAt[k] < 0 && doc.mentionAt[k - 1] >= 0 && t.script() != Script.LATIN) {
                int described = ArabicListLinks.pastDescription(doc, k, end);
                if (described > k) {
                    k = described;
                    continue; // «شركة X التابعة لمجموعة Y، وشركة Z»: the member's description names no member
                }
            }
            if (t.is(".") && doc.mentionAt[k - 1] >= 0 && doc.mentionAt[k] < 0) {
                k++;
                continue; // "Acme Corp. and Beta Inc.": the period of a member's abbreviated ending
            }
            if (k + 2 < end && (t.is("most") || t.is("more")) && doc.token(k + 1).is("recently")
                    && Grammar.isCoordinator(doc.token(k - 1))) {
                k += 2;
                continue; // "A, B and most recently, C": a time between the coordinator and the last member
            }
            if (k + 2 < end && t.is("as") && doc.token(k + 1).is("well") && doc.token(k + 2).is("as")) {
                k += 3;
                continue; // "Tarrant and Orlen, as well as Kemp": one more member
            }
            if (Grammar.isQuote(t) || Grammar.isCoordinator(t) || LIST_OPENERS.contains(t.norm()) || coordinatedCue(t)
                    || (memberWord(t) && k > 0 && Grammar.isCoordinator(beforeMembers(doc, k)))) {
                k++;
                continue; // "SIG and the China Venture Capital Fund", "A, and former McKinsey chief B"
            }
            if (types.contains(EntityType.PRODUCT) && t.script() == Script.NUMBER && doc.mentionAt[k - 1] >= 0) {
                k++;
                continue; // "the Galaxy Watch 6 and X": a model number the name left out
            }
            if (types.contains(EntityType.PRODUCT) && productModifier(t) && Grammar.isCoordinator(beforeModifiers(doc, k))) {
                k++;
                continue; // "the X and 6.7-inch Y", "X and a new Y": a product's size or novelty before its name
            }
            int kindled = (doc.mentionAt[k] < 0 || doc.type(doc.mentionAt[k]) == EntityType.LOCATION)
                    && Grammar.isCoordinator(doc.token(k - 1)) ? describedCompany(doc, k, end) : -1;
            if (kindled >= 0 && types.contains(doc.type(kindled))) {
                if (reporter(doc, kindled) && afterCommaAnd(doc, k)) {
                    return; // "from A, and rival firm B said it would not join": B opens a clause of its own
                }
                if (!doc.id(kindled).equals(subject) && !out.contains(doc.id(kindled))) {
                    out.add(doc.id(kindled)); // "Daimler, commodities trader Glencore and Italy's UniCredit"
                }
                k = doc.mention(kindled).endToken();
                continue;
            }
            int titled = titledPerson(doc, k, end, types);
            if (titled >= 0) {
                if (!doc.id(titled).equals(subject) && !out.contains(doc.id(titled))) {
                    out.add(doc.id(titled)); // "by CEO A and CTO B": each member carries its own title
                }
                k = doc.mention(titled).endToken();
                continue;
            }
            int glossed = doc.mentionAt[k] < 0 && t.script() == Script.ARABIC && t.norm().startsWith("و")
                    && Grammar.isComma(doc.token(k - 1)) ? pastGlossedMember(doc, k, end) : -1;
            if (glossed > k) {
                k = glossed;
                continue; // «A (Alpha)، وفي سي تن (9VC)، وB (Beta)»: a member unknown by name, glossed in Latin letters
            }
            int next = doc.mentionAt[k];
            int described = next < 0 ? -1 : described(doc, next, end);
            if (described >= 0 && types.contains(doc.type(described))) {
                next = described; // "BuzzFeed founder Jonah Peretti", "Manhattan based Lerer Ventures"
            }
            if (next < 0 || !types.contains(doc.type(next))) {
                return;
            }
            String clitic = Grammar.clitic(doc, doc.mention(next));
            if (!clitic.isEmpty() && !clitic.equals("و") && !(k > 0 && Grammar.isCoordinator(doc.token(k - 1)))) {
                return;
            }
            Token previousWord = types.contains(EntityType.PRODUCT) ? beforeModifiers(doc, k) : beforeMembers(doc, k);
            if (clitic.isEmpty() && !Grammar.isCoordinator(previousWord) && !Grammar.isQuote(previousWord)
                    && !LIST_OPENERS.contains(previousWord.norm()) && !coordinatedCue(previousWord)) {
                return;
            }
            if ((Grammar.isComma(previousWord) || afterCommaAnd(doc, k)) && reporter(doc, next)) {
                return; // "A, B and C, TechCrunch reports", "from A, and investor B said …": the one telling is not in it
            }
            if (!doc.id(next).equals(subject) && !out.contains(doc.id(next))) {
                out.add(doc.id(next));
            }
            k = doc.mention(next).endToken();
        }
    }

    /**
     * Where the list that opens with mention {@code first} ends: the token after its last member, {@code members} being
     * what {@link #listAfter} found with the first («to A, B and C with funding»: the "with" after C).
     */
    static int endOfList(Doc doc, int first, List<String> members, int end) {
        int last = doc.mention(first).endToken();
        for (int m : doc.mentionsIn(last, end)) {
            if (!members.contains(doc.id(m))) {
                break;
            }
            last = doc.mention(m).endToken();
        }
        return last;
    }

    /** Words for a kind of company besides the anaphoric nouns: "rival Google", "commodities trader Glencore". */
    private static final Set<String> COMPANY_KINDS = WordSet.of("rival", "rivals", "trader", "peer", "conglomerate",
            "manager", "publisher",
            // who puts money in: "and venture investor X", "and sovereign wealth fund Y", "and growth backer Z"
            "investor", "backer", "fund");
    /** Words that cannot describe a company's kind before its name: "and in Acme", "and the Acme", "and then Acme". */
    private static final Set<String> NOT_MODIFIERS = WordSet.of("the", "a", "an", "its", "their", "then", "also", "now",
            "later", "most", "more", "is", "was", "has", "had", "have", "will");

    /**
     * "internet company X", "travel services group X", "asset manager X": a common noun naming what the company deals
     * in, which counts only when a word of a company's kind closes the description.
     */
    private static boolean modifier(Token t) {
        return t.isWord() && !Grammar.isPreposition(t) && !Grammar.isCoordinator(t) && !NOT_MODIFIERS.contains(t.norm())
                && !t.norm().endsWith("ed") && !t.norm().endsWith("ly");
    }
    /** Words a company's description may end on before its name; "firm", "carmaker", "chipmaker", … */
    private static boolean companyKind(Token t) {
        return Anaphora.isNoun(t) || COMPANY_KINDS.contains(t.norm()) || t.norm().endsWith("maker");
    }

    /**
     * A listed organization told with what kind of company it is, or whose country it is, before its name: "German
     * carmaker Daimler", "commodities trader Glencore", "Italy's UniCredit", "US rival Advent"; the organization, or -1.
     * The description is a place at most (owned with 's or used as an adjective), a capitalized nationality, and up to
     * three lowercase words the last of which names a kind of company.
     */
    static int describedCompany(Doc doc, int k, int end) {
        int j = k;
        int place = doc.mentionAt[j];
        boolean possessed = false;
        if (place >= 0 && doc.type(place) == EntityType.LOCATION) {
            j = doc.mention(place).endToken();
            possessed = j < end && doc.token(j).is("'s");
            j += possessed ? 1 : 0;
        } else if (doc.token(j).script() == Script.LATIN && Character.isUpperCase(doc.token(j).surface().charAt(0))
                && NameLexicon.isEnglishStop(doc.token(j)) && !doc.token(j).is("the")) {
            j++; // "German carmaker"
        }
        int words = 0;
        boolean kind = false;
        while (j < end && words < 3 && doc.mentionAt[j] < 0 && describing(doc.token(j))) {
            kind = companyKind(doc.token(j));
            words++;
            j++;
            if (j + 1 < end && doc.token(j).is("-") && doc.mentionAt[j + 1] < 0 && describing(doc.token(j + 1))) {
                j++; // "ride-hailing firm": a hyphenated description is one word
            }
        }
        if (j >= end || j == k || !(kind || possessed && words == 0)) {
            return -1;
        }
        int m = doc.mentionAt[j];
        return m >= 0 && doc.mention(m).startToken() == j && doc.type(m) == EntityType.ORGANIZATION ? m : -1;
    }

    /** A lowercase English word that may describe a company: a kind of company, or a word that is no stop word. */
    private static boolean describing(Token t) {
        return t.script() == Script.LATIN && Character.isLowerCase(t.surface().charAt(0))
                && (companyKind(t) || !NameLexicon.isEnglishStop(t) || modifier(t));
    }

    /** "… and CTO Jane Roe": a person right after a job title that follows a coordinator, or -1. */
    private static int titledPerson(Doc doc, int k, int end, Set<EntityType> types) {
        if (!types.contains(EntityType.PERSON) || doc.mentionAt[k] >= 0 || doc.token(k).script() != Script.LATIN
                || !Grammar.isCoordinator(beforeMembers(doc, k))) {
            return -1;
        }
        RoleMatch role = EnglishRoles.match(doc.tokens, k, end);
        if (role == null || role.group() || role.endToken() >= end) {
            return -1;
        }
        int m = doc.mentionAt[role.endToken()];
        return m >= 0 && doc.type(m) == EntityType.PERSON && doc.mention(m).startToken() == role.endToken() ? m : -1;
    }

    /**
     * Past a member of an Arabic list named by unknown words and glossed in Latin letters in parentheses, when a comma
     * follows the gloss: the token after the closing parenthesis, or -1.
     */
    private static int pastGlossedMember(Doc doc, int k, int end) {
        for (int j = k + 1; j < Math.min(end, k + 4); j++) {
            if (doc.mentionAt[j] >= 0 || doc.token(j).script() != Script.ARABIC && !doc.token(j).is("(")) {
                return -1;
            }
            if (doc.token(j).is("(")) {
                int closed = closing(doc, j, end);
                boolean latin = closed > j + 1 && doc.token(j + 1).script() != Script.ARABIC;
                return latin && closed + 1 < end && Grammar.isComma(doc.token(closed + 1)) ? closed + 1 : -1;
            }
        }
        return -1;
    }

    /** The ")" closing the "(" at {@code open} within a few tokens, or -1. */
    private static int closing(Doc doc, int open, int end) {
        for (int k = open + 1; k < Math.min(end, open + 6); k++) {
            if (doc.token(k).is(")")) {
                return k;
            }
        }
        return -1;
    }

    private static final Set<String> REPORTING = WordSet.of("reports", "reported", "said", "says", "reporting", "wrote",
            "writes", "noted", "notes");

    /** ", and" before token {@code k}, past the member words after it: where a new clause may open. */
    private static boolean afterCommaAnd(Doc doc, int k) {
        int j = k - 1;
        while (j > 0 && doc.mentionAt[j] < 0 && (memberWord(doc.token(j)) || describing(doc.token(j)))) {
            j--;
        }
        return j > 0 && doc.token(j).is("and") && Grammar.isComma(doc.token(j - 1));
    }

    private static boolean reporter(Doc doc, int m) {
        int after = doc.mention(m).endToken();
        return after < doc.tokens.size() && REPORTING.contains(doc.token(after).norm());
    }

    /** Words that place a listed member in time before its name: "and former Acme chief X", "and existing investor Y". */
    private static final Set<String> MEMBER_MODIFIERS = WordSet.of("former", "existing", "current", "early", "other");
    /** Nouns that say what the members after them are, the list going on: "A, B and insiders C, D and E". */
    private static final Set<String> MEMBER_NOUNS = WordSet.of("insider", "insiders", "investor", "investors", "backer",
            "backers", "shareholder", "shareholders");

    private static boolean memberWord(Token t) {
        return t.is("the") || MEMBER_MODIFIERS.contains(t.norm()) || MEMBER_NOUNS.contains(t.norm());
    }

    /** The word before "the", the time modifiers and the member nouns that end just before token {@code k}. */
    private static Token beforeMembers(Doc doc, int k) {
        int j = k - 1;
        while (j > 0 && doc.mentionAt[j] < 0 && memberWord(doc.token(j))) {
            j--;
        }
        return doc.token(j);
    }

    /** Words that describe a listed product before its name: sizes ("6.7-inch"), articles, novelty, comparatives. */
    private static final Set<String> PRODUCT_MODIFIERS = WordSet.of("-", ".", "inch", "mm", "a", "an", "the", "its",
            "new", "latest", "cheaper", "larger", "smaller", "bigger", "thinner", "lighter", "faster", "pricier",
            "heavier", "wider", "compact", "premium", "affordable",
            // adverbs of degree before those: "and the slightly larger Y", "and a much cheaper Y"
            "slightly", "much", "even", "somewhat", "far", "more", "less");

    private static boolean productModifier(Token t) {
        return t.script() == Script.NUMBER || PRODUCT_MODIFIERS.contains(t.norm());
    }

    /** The word before the modifiers that end just before token {@code k}. */
    private static Token beforeModifiers(Doc doc, int k) {
        int j = k - 1;
        while (j > 0 && productModifier(doc.token(j))) {
            j--;
        }
        return doc.token(j);
    }
}
