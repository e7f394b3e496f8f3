package dev.khabar.core.entities;

import dev.khabar.core.lexicon.Lexicon;
import dev.khabar.core.lexicon.WordSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The last words of companies' and bodies' names, from the one table lexicon/company-suffixes.tsv: a set per use,
 * one column each (its header says what each means), so that a word's uses are read side by side.
 */
final class CompanySuffixes {
    static final String RESOURCE = "/lexicon/company-suffixes.tsv";
    private static final List<String[]> ROWS = Lexicon.rows(RESOURCE, 8);

    static final Set<String> ENDS = column(1);
    static final Set<String> KEY = column(2);
    static final Set<String> TYPES = column(3);
    static final Set<String> CLOSES = column(4);
    static final Set<String> REGISTERED = column(5);
    static final Set<String> DROPS = column(6);
    static final Set<String> BODIES = column(7);

    private CompanySuffixes() {
    }

    private static Set<String> column(int column) {
        Set<String> out = new LinkedHashSet<>();
        for (String[] row : ROWS) {
            String cell = row[column];
            if (cell.equals("y")) {
                out.add(row[0]);
            } else if (!cell.equals("-")) {
                throw new IllegalStateException(RESOURCE + ": '" + row[0] + "' has '" + cell + "' in column " + column
                        + " (y or - expected)");
            }
        }
        return WordSet.ofDistinct(out);
    }
}
