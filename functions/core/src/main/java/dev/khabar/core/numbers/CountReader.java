package dev.khabar.core.numbers;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds numbers of people or jobs: "200 موظف", "18 ألف وظيفة", "1,200 jobs", "300 of its employees". In "250 of its
 * 900 employees", «250 من أصل 900 موظف» the first number is the count and the second the whole it is part of.
 */
public final class CountReader {
    private static final Set<String> PEOPLE = WordSet.of("موظف", "موظفا", "موظفين", "موظفون", "موظفي", "موظفه", "موظفات",
            "وظيفه", "وظائف", "عامل", "عاملا", "عمال", "عاملين", "عاملي", "شخص", "اشخاص", "منصب", "مناصب", "فرصه",
            "employee", "employees", "job", "jobs", "worker", "workers", "staff", "staffers", "people", "positions",
            "roles", "posts", "members");
    private static final Set<String> BRIDGE = WordSet.of("of", "its", "their", "the", "from", "out", "من", "اصل", "بين");

    private CountReader() {
    }

    /** Counts in tokens [from, to). */
    public static List<Quantity> find(List<Token> tokens, int from, int to) {
        List<Quantity> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (tokens.get(i).script() != Script.NUMBER && tokens.get(i).script() != Script.ARABIC) {
                continue; // «خمسة آلاف وظيفة»: an Arabic number may be written in words
            }
            Quantity q = NumberReader.read(tokens, i, to); // first: most Arabic words it rejects on one bit
            if (q == null || !headcount(q.value()) || i > from && Currencies.symbol(tokens.get(i - 1).surface()) != null) {
                continue;
            }
            int j = q.endToken();
            int bridged = 0;
            while (j < to && bridged < 3 && BRIDGE.contains(tokens.get(j).norm())) {
                j++;
                bridged++;
            }
            Quantity whole = bridged > 0 && j < to && tokens.get(j).script() == Script.NUMBER ? NumberReader.read(tokens, j, to) : null;
            if (whole != null && whole.endToken() < to && isPeople(tokens.get(whole.endToken()))) {
                out.add(new Quantity(i, whole.endToken() + 1, q.value()));
                i = whole.endToken();
                continue;
            }
            if (j < to && isPeople(tokens.get(j))) {
                out.add(new Quantity(i, j + 1, q.value()));
            }
            i = q.endToken() - 1;
        }
        return out;
    }

    /** People come whole and fewer than the int range holds: "6.53 employees" misreads a size, "3 billion people" is a market. */
    private static boolean headcount(BigDecimal value) {
        return value.signum() > 0 && value.stripTrailingZeros().scale() <= 0 && value.compareTo(MAX_HEADCOUNT) <= 0;
    }

    private static final BigDecimal MAX_HEADCOUNT = BigDecimal.valueOf(Integer.MAX_VALUE);

    public static boolean isPeople(Token t) {
        return t.isWord() && (PEOPLE.contains(t.norm()) || PEOPLE.contains(Clitics.bare(t.norm())) || ownStaff(t.norm()));
    }

    /**
     * «300 من موظفيها», «40 من عامليه»: a plural's construct form (its ن dropped) with a possessive pronoun, which
     * the clitic reader leaves on a noun.
     */
    private static final Set<String> CONSTRUCT_STAFF = WordSet.of("موظفي", "عاملي");

    private static boolean ownStaff(String norm) {
        String noun = Clitics.withoutPossessive(norm);
        return !noun.equals(norm) && CONSTRUCT_STAFF.contains(Clitics.bare(noun));
    }
}
