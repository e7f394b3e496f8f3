package dev.khabar.core.numbers;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds money in a token range: a symbol or ISO code before a number ($1.2bn, €300m, US$5m, USD 5 million) or a
 * currency name after it (14.3 مليار دولار, 99 million dollars, نصف مليار جنيه, 5 ملايين ريال قطري), hyphened to it
 * too when the sum qualifies a noun (a 4.4-billion-dollar contract).
 */
public final class MoneyReader {
    private static final Map<String, String> DOLLAR_PREFIXES = Map.of("us", "USD", "c", "CAD",
            "ca", "CAD", "a", "AUD", "au", "AUD", "hk", "HKD", "s", "SGD", "nz", "NZD");
    private MoneyReader() {
    }

    public static List<Money> find(String text, List<Token> tokens, int from, int to, Set<String> preferredCurrencies) {
        List<Money> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            String prefix = prefixCurrency(tokens, i, to);
            if (prefix != null) {
                int numberAt = i + 1;
                if (DOLLAR_PREFIXES.containsKey(tokens.get(i).norm()) && numberAt < to && tokens.get(numberAt).is("$")) {
                    numberAt++;
                }
                if (numberAt < to) {
                    Quantity q = NumberReader.read(tokens, numberAt, to);
                    if (q != null) {
                        int end = q.endToken();
                        if (end < to && Currencies.word(tokens.get(end).norm(), Set.of()) != null) {
                            end++;
                        }
                        String code = prefix;
                        if (t.is("$") && glossedInUsDollars(tokens, end, to)) {
                            code = localDollar(preferredCurrencies);
                        }
                        if (code != null) {
                            out.add(money(text, tokens, i, end, q, code)); // else the US-dollar gloss is the sum told
                        }
                        i = end - 1;
                        continue;
                    }
                }
            }
            if (t.script() != Script.NUMBER && !t.isWord()) {
                continue;
            }
            Quantity q = NumberReader.read(tokens, i, to);
            if (q == null || q.endToken() >= to) {
                continue;
            }
            int end = q.endToken();
            if (end + 1 < to && hyphenGlued(tokens, end) && tokens.get(end + 1).script() == Script.LATIN
                    && Currencies.word(tokens.get(end + 1).norm(), preferredCurrencies) != null) {
                end++; // "a 4.4-billion-dollar contract", "a 300-million-euro plant": the sum written as one adjective
            }
            Token word = tokens.get(end);
            String code = null;
            if (end + 1 < to) {
                code = Currencies.name(Clitics.bare(word.norm()) + " " + Clitics.bare(tokens.get(end + 1).norm()));
                if (code == null) {
                    code = Currencies.name(word.norm() + " " + tokens.get(end + 1).norm());
                }
                if (code != null) {
                    end += 2;
                }
            }
            if (code == null && (!ALSO_VERBS.contains(word.norm()) || counted(tokens, q))) {
                code = Currencies.word(word.script() == Script.ARABIC ? Clitics.bare(word.norm()) : word.norm(),
                        preferredCurrencies);
                if (code != null) {
                    end += 1;
                }
            }
            if (code != null) {
                out.add(money(text, tokens, i, end, q, code));
                i = end - 1;
            } else {
                i = q.endToken() - 1;
            }
        }
        return out;
    }

    /** Words that hedge a sum: "about $5m", «نحو 5 ملايين»; the words before a sum may be these. */
    public static final Set<String> HEDGES = WordSet.of("about", "around", "roughly", "nearly", "some", "almost",
            "approximately", "an", "estimated", "over", "more", "than", "نحو", "حوالي", "قرابه", "ما", "يقارب", "يزيد",
            "علي");

    /**
     * The dollar of the one non-US dollar country the text names ("$28m (US$20m)" in a Singapore story); null when it
     * names several (Singapore and Hong Kong): which dollar is unknown, so only the gloss's US dollars are told. With
     * none, the paper's own dollar is unknown too and the sum is read as US dollars, as a bare "$" is.
     */
    private static String localDollar(Set<String> preferred) {
        String found = null;
        for (String p : preferred) {
            if (!p.equals("USD") && p.equals(Currencies.word("dollar", Set.of(p)))) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found == null ? "USD" : found;
    }

    /**
     * "$28m (US$20m)", "$5 million (about US$3.7 million)": a bare dollar sum glossed in US dollars is the local
     * dollar of a Singapore, Hong Kong, Australian or Canadian paper, the one of the places the text names (the US
     * dollar still when it names none).
     */
    private static boolean glossedInUsDollars(List<Token> tokens, int end, int to) {
        if (end >= to || !tokens.get(end).is("(")) {
            return false;
        }
        int k = end + 1;
        while (k < to && k <= end + 2 && (tokens.get(k).is("or") || HEDGES.contains(tokens.get(k).norm()))) {
            k++;
        }
        return k + 1 < to && (tokens.get(k).is("us") && tokens.get(k + 1).is("$") || tokens.get(k).is("usd"));
    }

    /** Currency words that are also verbs: "35 billion won" is money, "in 2019 won the bid" is not. */
    private static final Set<String> ALSO_VERBS = Set.of("won");

    /** A sum written with a scale word or grouped digits ("35 billion", "50,000"), never a bare year-like number. */
    private static boolean counted(List<Token> tokens, Quantity q) {
        return q.endToken() - q.startToken() > 1 || tokens.get(q.startToken()).norm().contains(",");
    }

    /** A hyphen glued to the words on both its sides. */
    private static boolean hyphenGlued(List<Token> tokens, int k) {
        return tokens.get(k).is("-") && tokens.get(k).start() == tokens.get(k - 1).end()
                && tokens.get(k + 1).start() == tokens.get(k).end();
    }

    private static String prefixCurrency(List<Token> tokens, int i, int to) {
        Token t = tokens.get(i);
        if (t.script() == Script.PUNCT) {
            return Currencies.symbol(t.surface());
        }
        if (t.script() == Script.LATIN) {
            if (i + 1 < to && tokens.get(i + 1).is("$") && (tokens.get(i + 1).start() == t.end() || t.is("us"))
                    && DOLLAR_PREFIXES.containsKey(t.norm())) {
                return DOLLAR_PREFIXES.get(t.norm()); // US$, C$, A$, HK$, S$, NZ$
            }
            if (i + 1 < to && tokens.get(i + 1).script() == Script.NUMBER) {
                return Currencies.abbreviation(t.surface());
            }
        }
        return null;
    }

    private static Money money(String text, List<Token> tokens, int start, int end, Quantity q, String code) {
        return new Money(start, end, q.value(), code, text.substring(tokens.get(start).start(), tokens.get(end - 1).end()));
    }
}
