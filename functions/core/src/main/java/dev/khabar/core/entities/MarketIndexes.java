package dev.khabar.core.entities;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * "the Zorex 250 company", "a Zorex 100 software group", "Zorex 100-listed Marnet", "the Tavo 500 index": a share index
 * named by a word and the count of companies it holds, written before the noun it classes or before "-listed". It sizes
 * a company up; it is neither a product (as "Gear 360 camera" is) nor a party of the story.
 */
final class MarketIndexes {
    /** The counts share indexes are named by (Dow 30, CAC 40, Nifty 50, FTSE 100 and 250, S&P 500, Russell 2000). */
    private static final Set<String> SIZES = WordSet.of("30", "40", "50", "100", "200", "250", "300", "350", "500", "600",
            "1000", "2000", "3000", "5000");

    private MarketIndexes() {
    }

    /** Whether the run [i, end), a word and a number, is an index's name classing what follows it. */
    static boolean named(List<Token> tokens, int i, int end, int limit) {
        if (end - i != 2 || !SIZES.contains(tokens.get(end - 1).norm()) || end >= limit) {
            return false;
        }
        Token next = tokens.get(end);
        if (next.is("-")) {
            return end + 1 < limit && tokens.get(end + 1).is("listed");
        }
        return next.script() == Script.LATIN && next.isWord() && !Character.isUpperCase(next.surface().charAt(0));
    }
}
