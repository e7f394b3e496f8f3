package dev.khabar.core.numbers;

import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import dev.khabar.core.text.WordFlags;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a number at a token: digits (any digit family, "1,200", "14.3", "14٫3"), fraction words (نصف، ربع, half),
 * followed by scale words of either language (مليار، مليون، ألف/آلاف، billion, bn, m, k…).
 */
public final class NumberReader {
    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("ترليون", BigDecimal.TEN.pow(12)), Map.entry("تريليون", BigDecimal.TEN.pow(12)),
            Map.entry("مليار", BigDecimal.TEN.pow(9)), Map.entry("مليارات", BigDecimal.TEN.pow(9)),
            Map.entry("بليون", BigDecimal.TEN.pow(9)),
            Map.entry("مليون", BigDecimal.TEN.pow(6)), Map.entry("ملايين", BigDecimal.TEN.pow(6)),
            Map.entry("الف", BigDecimal.TEN.pow(3)), Map.entry("الاف", BigDecimal.TEN.pow(3)), Map.entry("الفا", BigDecimal.TEN.pow(3)),
            Map.entry("ملياري", BigDecimal.TEN.pow(9)), Map.entry("مليارا", BigDecimal.TEN.pow(9)),
            Map.entry("ملياران", BigDecimal.TEN.pow(9)), Map.entry("مليوني", BigDecimal.TEN.pow(6)),
            Map.entry("مليونا", BigDecimal.TEN.pow(6)), Map.entry("مليونان", BigDecimal.TEN.pow(6)),
            Map.entry("الفي", BigDecimal.TEN.pow(3)), Map.entry("الفان", BigDecimal.TEN.pow(3)),
            Map.entry("trillion", BigDecimal.TEN.pow(12)), Map.entry("tn", BigDecimal.TEN.pow(12)),
            Map.entry("billion", BigDecimal.TEN.pow(9)), Map.entry("bn", BigDecimal.TEN.pow(9)),
            Map.entry("b", BigDecimal.TEN.pow(9)), Map.entry("billions", BigDecimal.TEN.pow(9)),
            Map.entry("million", BigDecimal.TEN.pow(6)), Map.entry("mn", BigDecimal.TEN.pow(6)),
            Map.entry("m", BigDecimal.TEN.pow(6)), Map.entry("mln", BigDecimal.TEN.pow(6)),
            Map.entry("millions", BigDecimal.TEN.pow(6)),
            Map.entry("thousand", BigDecimal.TEN.pow(3)), Map.entry("k", BigDecimal.TEN.pow(3)),
            // South Asian scales: "Rs 100 crore" (or "Rs 100 Cr", see RUPEE_ONLY) is one billion rupees, "50 lakh" five
            // million
            Map.entry("crore", BigDecimal.TEN.pow(7)), Map.entry("crores", BigDecimal.TEN.pow(7)),
            Map.entry("cr", BigDecimal.TEN.pow(7)),
            Map.entry("lakh", BigDecimal.TEN.pow(5)), Map.entry("lakhs", BigDecimal.TEN.pow(5)));
    /**
     * "cr" is crore only after a rupee sum ("Rs 12 cr", "₹7 Cr"): elsewhere it is a councillor's title ("Ward 3 Cr Jane
     * Roe") or an accountant's credit.
     */
    private static final String RUPEE_ONLY = "cr";
    private static final java.util.Set<String> RUPEES = java.util.Set.of("INR", "PKR", "NPR", "LKR");
    private static final Map<String, BigDecimal> FRACTIONS = Map.of(
            "نصف", new BigDecimal("0.5"), "ربع", new BigDecimal("0.25"), "half", new BigDecimal("0.5"),
            "quarter", new BigDecimal("0.25"));

    /** Arabic scale words that count by themselves: «مليار دولار» is one billion, the dual «ملياري دولار» two. */
    private static final Map<String, BigDecimal> SELF_COUNTING = Map.of("مليار", BigDecimal.ONE, "مليون", BigDecimal.ONE,
            "ملياري", BigDecimal.TWO, "مليارا", BigDecimal.TWO, "ملياران", BigDecimal.TWO, "مليوني", BigDecimal.TWO,
            "مليونا", BigDecimal.TWO, "مليونان", BigDecimal.TWO, "الفي", BigDecimal.TWO, "الفان", BigDecimal.TWO);

    /**
     * Arabic cardinals written as words, which news uses before a scale («خمسة آلاف وظيفة», «ثلاثة مليارات دولار»):
     * read only when a scale word follows, since alone most of them are also common words (ست، سبع، عشر).
     */
    private static final Map<String, BigDecimal> ARABIC_CARDINALS = cardinals("ثلاثه ثلاث", 3, "اربعه اربع", 4,
            "خمسه خمس", 5, "سته ست", 6, "سبعه سبع", 7, "ثمانيه ثماني ثمان", 8, "تسعه تسع", 9, "عشره عشر", 10,
            "عشرون عشرين", 20, "ثلاثون ثلاثين", 30, "اربعون اربعين", 40, "خمسون خمسين", 50, "ستون ستين", 60,
            "سبعون سبعين", 70, "ثمانون ثمانين", 80, "تسعون تسعين", 90, "مئه مائه", 100);

    private static Map<String, BigDecimal> cardinals(Object... spellingsAndValues) {
        Map<String, BigDecimal> out = new java.util.HashMap<>();
        for (int k = 0; k < spellingsAndValues.length; k += 2) {
            for (String spelling : ((String) spellingsAndValues[k]).split(" ")) {
                out.put(spelling, BigDecimal.valueOf((Integer) spellingsAndValues[k + 1]));
            }
        }
        return Map.copyOf(out);
    }

    /**
     * Whether an Arabic word can open a number (a fraction, a self-counting scale or a cardinal, clitics off): the money
     * and count readers ask it of every Arabic token, and few are, so the answer is kept in the word's record.
     */
    private static final long ARABIC_NUMBER_WORD = WordFlags.newFlag();

    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    /** "1.250.000", "4.500,75": thousands grouped by dots, a decimal comma after them. */
    private static final Pattern DOTTED_THOUSANDS = Pattern.compile("\\d{1,3}((\\.\\d{3}){2,}(,\\d+)?|\\.\\d{3},\\d+)");
    /** "69.109.388.40": thousands grouped by dots and two digits of cents after one more dot. */
    private static final Pattern DOTTED_CENTS = Pattern.compile("\\d{1,3}(\\.\\d{3}){2,}\\.\\d{2}");

    private NumberReader() {
    }

    /** The number starting at token i, or null. */
    public static Quantity read(List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        if (t.script() == Script.ARABIC && !arabicNumberWord(t)) {
            return null;
        }
        BigDecimal value;
        int j = i + 1;
        if (t.script() == Script.NUMBER) {
            value = parseDigits(t.norm());
            if (value == null) {
                return null;
            }
            if (groupHead(t.norm())) {
                while (j < limit && spaceGroup(tokens.get(j - 1), tokens.get(j))) {
                    value = value.scaleByPowerOfTen(3).add(new BigDecimal(tokens.get(j).norm()));
                    j++;
                }
            }
        } else if (t.isWord() && mayBeFraction(t.norm()) && FRACTIONS.containsKey(Clitics.bare(t.norm()))) {
            value = FRACTIONS.get(Clitics.bare(t.norm()));
            if (j < limit && tokens.get(j).is("a")) {
                j++;
            }
            if (j >= limit || scaleOf(tokens.get(j)) == null) {
                return null;
            }
        } else if (t.script() == Script.ARABIC) {
            String bare = Clitics.bare(t.norm());
            if (SELF_COUNTING.containsKey(bare)) {
                value = SELF_COUNTING.get(bare);
                j = i; // the word is its own scale
            } else if (ARABIC_CARDINALS.containsKey(bare) && j < limit && scaleOf(tokens.get(j)) != null) {
                value = ARABIC_CARDINALS.get(bare);
            } else {
                return null;
            }
        } else {
            return null;
        }
        BigDecimal[] scaled = {BigDecimal.ONE};
        boolean rupees = rupeesBefore(tokens, i);
        j = scaled(tokens, j, limit, scaled, rupees);
        value = value.multiply(scaled[0]);
        while (j + 1 < limit && tokens.get(j).is("و") && tokens.get(j + 1).script() == Script.NUMBER) {
            // «30 مليونا و761 ألفا و500 ريال», «2 مليار و300 مليون»: smaller parts added, each of a lower scale
            BigDecimal part = parseDigits(tokens.get(j + 1).norm());
            BigDecimal[] partScale = {BigDecimal.ONE};
            int end = part == null ? j : scaled(tokens, j + 2, limit, partScale, rupees);
            boolean lower = partScale[0].compareTo(scaled[0]) < 0
                    && (partScale[0].compareTo(BigDecimal.ONE) > 0 || scaled[0].equals(BigDecimal.TEN.pow(3)));
            if (part == null || !lower || part.multiply(partScale[0]).compareTo(scaled[0]) >= 0) {
                break;
            }
            value = value.add(part.multiply(partScale[0]));
            scaled[0] = partScale[0];
            j = end;
        }
        BigDecimal fraction = j < limit && scaled[0].compareTo(BigDecimal.ONE) > 0 ? joinedFraction(tokens.get(j)) : null;
        if (fraction != null) {
            // «مليون ونصف المليون», «مليار ونصف»: half of the last scale, its scale word said again or not
            value = value.add(fraction.multiply(scaled[0]));
            j++;
            if (j < limit && scaled[0].equals(scaleOf(tokens.get(j)))) {
                j++;
            }
        }
        return new Quantity(i, j, value.stripTrailingZeros());
    }

    /** «ونصف», «وربع»: a fraction joined by و to the number before it, or null. */
    private static BigDecimal joinedFraction(Token t) {
        String n = t.norm();
        return t.script() == Script.ARABIC && n.startsWith("و") && mayBeFraction(n) ? FRACTIONS.get(n.substring(1)) : null;
    }

    /** Past the scale words from {@code j} ("billion", «مليون», "US$1.4-billion"), their product left in {@code scale[0]}. */
    private static int scaled(List<Token> tokens, int j, int limit, BigDecimal[] scale, boolean rupees) {
        while (j < limit) {
            if (tokens.get(j).is("-") && j + 1 < limit && tokens.get(j).start() == tokens.get(j - 1).end()
                    && tokens.get(j + 1).start() == tokens.get(j).end() && scaleOf(tokens.get(j + 1)) != null) {
                j++; // "US$1.4-billion": a hyphenated scale word
            }
            BigDecimal s = scaleOf(tokens.get(j));
            if (s == null || (tokens.get(j).norm().length() == 1 && tokens.get(j).start() != tokens.get(j - 1).end())
                    || !rupees && tokens.get(j).is(RUPEE_ONLY)) {
                break;
            }
            scale[0] = scale[0].multiply(s);
            j++;
        }
        return j;
    }

    /** Whether a rupee's sign or abbreviation stands right before the number at {@code i} ("Rs 12", "Rs. 12", "₹7"). */
    private static boolean rupeesBefore(List<Token> tokens, int i) {
        int k = i > 0 && tokens.get(i - 1).is(".") ? i - 2 : i - 1;
        if (k < 0) {
            return false;
        }
        String surface = tokens.get(k).surface();
        String code = Currencies.symbol(surface);
        return RUPEES.contains(code != null ? code : String.valueOf(Currencies.abbreviation(surface)));
    }

    /**
     * Three digits one space after the group before them: the press of southern Africa and of French-speaking
     * countries, and style guides after SI, group thousands with a space instead of a comma.
     */
    private static boolean spaceGroup(Token before, Token group) {
        return group.script() == Script.NUMBER && group.start() == before.end() + 1 && group.norm().length() == 3
                && digitsOnly(group.norm());
    }

    /** The first group of a number written with spaces between its thousands ("1 202 448 588", "R864 888 000"). */
    private static boolean groupHead(String norm) {
        return digitsOnly(norm) && norm.length() <= 3 && norm.charAt(0) != '0';
    }

    private static boolean digitsOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** A word of scale as written (بليون، مليار، million), never a name read with a clitic off it. */
    public static boolean scaleWord(String norm) {
        return SCALES.containsKey(norm);
    }

    /** An Arabic cardinal written as a word, clitics off («وأربع», «ثلاث»): a count, never a name. */
    public static boolean arabicCardinal(String norm) {
        return ARABIC_CARDINALS.containsKey(Clitics.bare(norm));
    }

    /** The value of an Arabic cardinal word, clitics off («ثلاث», «وخمسة»), or null. */
    public static Integer arabicCardinalValue(String norm) {
        BigDecimal v = ARABIC_CARDINALS.get(Clitics.bare(norm));
        return v == null ? null : v.intValue();
    }

    private static boolean arabicNumberWord(Token t) {
        WordFlags.Word word = t.word();
        if (word.known(ARABIC_NUMBER_WORD)) {
            return word.is(ARABIC_NUMBER_WORD);
        }
        String bare = Clitics.bare(t.norm());
        return word.set(ARABIC_NUMBER_WORD, mayBeFraction(t.norm()) && FRACTIONS.containsKey(bare)
                || SELF_COUNTING.containsKey(bare) || ARABIC_CARDINALS.containsKey(bare));
    }

    /** A cheap test before the clitic-aware lookup: fraction words end the token (بنصف، والربع). */
    private static boolean mayBeFraction(String norm) {
        return norm.endsWith("نصف") || norm.endsWith("ربع") || norm.equals("half") || norm.equals("quarter");
    }

    static BigDecimal scaleOf(Token t) {
        if (!t.isWord()) {
            return null;
        }
        BigDecimal s = SCALES.get(t.norm());
        return s != null ? s : (t.script() == Script.ARABIC ? SCALES.get(Clitics.bare(t.norm())) : null);
    }

    /**
     * "1,200" and "3,300,000" group thousands; otherwise a comma is a decimal separator ("14,3"). The Maghreb's and
     * Europe's press groups them with dots ("1.250.000", "69.109.388,40", and with the cents after a last dot,
     * "69.109.388.40"): two groups or more, or one before a decimal comma, are read so.
     */
    static BigDecimal parseDigits(String digits) {
        String s = digits;
        if (DOTTED_CENTS.matcher(s).matches()) {
            int last = s.lastIndexOf('.');
            s = s.substring(0, last).replace(".", "") + s.substring(last);
        } else if (DOTTED_THOUSANDS.matcher(s).matches()) {
            s = s.replace(".", "").replace(',', '.');
        } else if (s.indexOf(',') >= 0) {
            s = THOUSANDS.matcher(s).matches() ? s.replace(",", "") : s.replace(',', '.');
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
