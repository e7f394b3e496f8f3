package dev.khabar.core.facts;

import dev.khabar.core.entities.NameLexicon;
import dev.khabar.core.lexicon.Lexicon;
import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.Entity;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.TextNormalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Organizations a sentence names that cannot be a titled person's unstated employer: the outlet a statement was given
 * to ("told Reuters", lexicon/non-employers.txt, or a periodical known by its name's last word, "Computer Weekly") and
 * regulators and governments known by their head noun (Commission, هيئة، الحكومة…).
 */
final class NonEmployers {
    private static final Set<String> OUTLETS = Lexicon.foldedWords("/lexicon/non-employers.txt");
    private static final Set<String> REGULATOR_HEADS = WordSet.of("commission", "authority", "agency", "ministry",
            "regulator", "court", "tribunal", "parliament", "congress", "senate");
    private static final Set<String> ARABIC_REGULATOR_HEADS = WordSet.of("هيئه", "وزاره", "حكومه", "لجنه",
            "مفوضيه", "محكمه", "سلطه", "برلمان", "كونغرس");
    /** First words of Arabic periodicals' names: «صحيفة الرأي», «جريدة الوطن», «مجلة الأهرام الاقتصادي». */
    private static final Set<String> ARABIC_PERIODICAL_HEADS = WordSet.of("صحيفه", "جريده", "مجله");
    /**
     * Last words of Arabic outlets' names, borrowed from English: «… نيوز» (News), «… تايمز» (Times), «… برس» (Press);
     * no company's name ends on them.
     */
    private static final Set<String> ARABIC_OUTLET_ENDINGS = WordSet.of("نيوز", "تايمز", "برس");
    /** Last words of periodicals' names: "Computer Weekly", "Business Daily", "Wired Magazine". */
    private static final Set<String> PERIODICAL_ENDINGS = WordSet.of("weekly", "daily", "magazine");
    /** Verbs whose object is the one spoken to: "told Reuters", «صرح لـ». */
    private static final Set<String> TOLD = WordSet.of("told", "tells", "telling");

    private NonEmployers() {
    }

    /** Whether mention {@code m} of sentence {@code s} names an outlet, a regulator or the one a statement is told to. */
    static boolean excluded(Doc doc, int m, Sentence s) {
        int before = doc.mention(m).startToken() - 1;
        if (before >= s.firstToken() && TOLD.contains(doc.token(before).norm())) {
            return true;
        }
        return excluded(doc, doc.id(m));
    }

    /** Whether the entity with this id is an outlet or a regulator; answered once per entity and document. */
    static boolean excluded(Doc doc, String id) {
        Boolean known = doc.nonEmployers.get(id); // not computeIfAbsent's lambda: a cold start pays its class
        if (known == null) {
            known = judged(doc, id);
            doc.nonEmployers.put(id, known);
        }
        return known;
    }

    private static boolean judged(Doc doc, String id) {
        Entity e = entity(doc, id);
        if (e == null) {
            return false;
        }
        if (OUTLETS.contains(TextNormalizer.normalizePhrase(e.name()))) {
            return true;
        }
        for (String alias : e.aliases()) {
            String folded = TextNormalizer.normalizePhrase(alias);
            String[] words = folded.split(" ");
            if (OUTLETS.contains(folded) || words.length > 1 && (ARABIC_REGULATOR_HEADS.contains(words[0])
                    || ARABIC_REGULATOR_HEADS.contains(Clitics.bare(words[0])) // وزارة: its و is no conjunction
                    || ARABIC_PERIODICAL_HEADS.contains(words[0]) || ARABIC_OUTLET_ENDINGS.contains(words[words.length - 1]))) {
                return true;
            }
        }
        String[] words = e.name().toLowerCase(Locale.ROOT).split(" ");
        return words.length > 1 && (REGULATOR_HEADS.contains(words[words.length - 1])
                || PERIODICAL_ENDINGS.contains(words[words.length - 1])) || newspaper(words);
    }

    /**
     * "Pittsburgh Post-Gazette", "Times-Picayune", "Star-Ledger": a name ending in two words joined by a
     * hyphen, one of them a newspaper's word, is a paper's (a lone "Times" or "Post" may be anything's).
     */
    private static boolean newspaper(String[] words) {
        String[] parts = words[words.length - 1].split("-");
        if (parts.length != 2) {
            return false;
        }
        return NameLexicon.isPublicationEnding(parts[0]) || NameLexicon.isPublicationEnding(parts[1]);
    }

    /**
     * «مجلس الوزراء», a cabinet: it approves a state's deals and its head attends their signing, while a ministry or a
     * state company signs them; it is no party of one.
     */
    private static final String CABINET = TextNormalizer.normalizePhrase("مجلس الوزراء");

    /** "Egyptian Cabinet", "Saudi cabinet": a nationality and the word, not a company ending in it ("Elmwood Cabinet"). */
    private static final Pattern NATIONAL_CABINET = Pattern.compile(
            "(the )?[a-z]+(an|ese|i|ish) cabinet");

    /** «مجلس الوزراء», «مجلس الوزراء المصري», "Council of Ministers", "Egyptian Cabinet". */
    static boolean cabinet(String folded) {
        return folded.equals(CABINET) || folded.startsWith(CABINET + " ") || folded.equals("council of ministers")
                || folded.equals("cabinet") || NATIONAL_CABINET.matcher(folded).matches();
    }

    /**
     * The entities that are news outlets (lexicon/non-employers.txt, not the regulators) or a cabinet: in a deal's
     * sentence an outlet is its source ("according to Forbes", «قال تقرير لموقع بلومبرغ»), a cabinet its approver,
     * never a buyer, investor or partner.
     */
    static Set<String> nonParties(Doc doc) {
        Set<String> ids = new HashSet<>();
        for (Entity e : doc.entities.entities()) {
            String name = TextNormalizer.normalizePhrase(e.name());
            if (OUTLETS.contains(name) || cabinet(name)) {
                ids.add(e.id());
                continue;
            }
            for (String alias : e.aliases()) {
                String folded = TextNormalizer.normalizePhrase(alias);
                if (OUTLETS.contains(folded) || cabinet(folded)) {
                    ids.add(e.id());
                    break;
                }
            }
        }
        return ids;
    }

    private static Entity entity(Doc doc, String id) {
        for (Entity e : doc.entities.entities()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }
}
