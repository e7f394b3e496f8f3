package dev.khabar.core.entities;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Defence Minister Rajnath Singh", "Health Secretary Ana Ruiz": the word before a minister's or secretary's title names
 * the domain of a ministry. When the text names that ministry ("the Ministry of Defence", "the Health Ministry"), the
 * word stands for it, not for an organization of its own.
 */
final class MinistryDomains {
    /** Titles a ministry's domain stands before. */
    private static final Set<String> TITLES = WordSet.of("minister", "secretary");

    private MinistryDomains() {
    }

    /** Makes each domain word before a title an alias of the ministry of that domain the text names. */
    static void link(List<Token> tokens, MentionSink sink) {
        Map<String, Mention> ministries = new HashMap<>();
        for (Mention m : sink.sorted()) {
            String domain = m.type() == EntityType.ORGANIZATION ? domain(tokens, m) : null;
            if (domain != null) {
                ministries.putIfAbsent(domain, m);
            }
        }
        for (Mention m : List.copyOf(sink.sorted())) {
            int after = m.endToken();
            if (m.type() != EntityType.ORGANIZATION || m.entry() != null || m.aliasOf() != null || after >= tokens.size()
                    || !TITLES.contains(tokens.get(after).norm())) {
                continue;
            }
            Mention ministry = ministries.get(words(tokens, m.startToken(), after));
            if (ministry == null && bareDomain(tokens, m)) {
                sink.dropNamesIn(m.startToken(), after); // "Health Minister Rania Aziz": a portfolio, no body's name
            } else if (ministry != null) { // named as the ministry, whichever is written first
                sink.replace(m, new Mention(m.startToken(), after, m.start(), m.end(), m.surface(), ministry.type(), ministry.entry(),
                        ministry.name() != null ? ministry.name() : ministry.surface(),
                        ministry.aliasOf() != null ? ministry.aliasOf() : ministry.surface()));
            }
        }
    }

    /** Portfolios the common-word list lacks, being mostly capitalized in news ("Foreign Minister"). */
    private static final Set<String> PORTFOLIOS = WordSet.of("foreign", "trade", "defence", "defense", "labour", "labor",
            "interior", "finance", "justice", "health", "education", "energy", "economy", "tourism", "culture", "transport",
            "housing", "agriculture", "environment", "industry", "commerce", "treasury", "home", "communications");

    /**
     * A field of government written alone before the title ("Interior", "Petroleum and Mineral Resources"): a few
     * common words, none a given name or the ending of a body's name ("Halvex Partners Secretary" keeps its company).
     */
    private static boolean bareDomain(List<Token> tokens, Mention m) {
        if (m.endToken() - m.startToken() > 4) {
            return false;
        }
        for (int k = m.startToken(); k < m.endToken(); k++) {
            Token t = tokens.get(k);
            if (LatinTypes.givenName(tokens, k) || Cues.ORG_ENDINGS.contains(t.norm()) || !t.isWord() && !t.is("&")
                    || t.isWord() && !t.is("and") && !CommonWords.isCommon(t.norm()) && !PORTFOLIOS.contains(t.norm())) {
                // a portfolio is common words ("Health", "Mineral Resources"); "Likud Minister" keeps its party
                return false;
            }
        }
        return true;
    }

    /** The folded domain of a ministry's name ("Ministry of Defence", "Defence Ministry"), or null for another name. */
    private static String domain(List<Token> tokens, Mention m) {
        int a = m.startToken();
        int b = m.endToken();
        if (b - a >= 3 && tokens.get(a).is("ministry") && tokens.get(a + 1).is("of")) {
            return words(tokens, a + 2, b);
        }
        return b - a >= 2 && tokens.get(b - 1).is("ministry") ? words(tokens, a, b - 1) : null;
    }

    private static String words(List<Token> tokens, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k < to; k++) {
            out.append(k > from ? " " : "").append(tokens.get(k).norm());
        }
        return out.toString();
    }
}
