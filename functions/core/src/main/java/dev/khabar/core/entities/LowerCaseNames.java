package dev.khabar.core.entities;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A company that writes its name in lower case ("du"): where the text also has that one-word name capitalised as an
 * organization ("the CEO of Du"), its lower-case occurrence right after a noun describing a company ("telecoms giant
 * du") names the company too. Elsewhere the lower-case word may be the English word the name borrows ("apple juice").
 */
final class LowerCaseNames {
    /** Nouns describing a company right before its name: "telecoms giant du", "rival operator du". */
    private static final Set<String> DESCRIPTIONS = WordSet.of("giant", "operator", "telco", "firm", "company", "provider",
            "carrier", "rival", "brand", "startup", "lender", "retailer", "maker", "developer", "group");

    private LowerCaseNames() {
    }

    static void find(List<Token> tokens, MentionSink sink) {
        Set<String> names = new HashSet<>();
        for (Mention m : sink.sorted()) {
            Token first = tokens.get(m.startToken());
            if (m.type() == EntityType.ORGANIZATION && m.endToken() - m.startToken() == 1 && first.script() == Script.LATIN
                    && first.norm().length() >= 2) {
                names.add(first.norm());
            }
        }
        for (int i = 0; i < tokens.size() && !names.isEmpty(); i++) {
            Token t = tokens.get(i);
            if (t.script() == Script.LATIN && !sink.covered(i) && names.contains(t.norm()) && t.surface().equals(t.norm())
                    && i > 0 && DESCRIPTIONS.contains(tokens.get(i - 1).norm()) && !NameLexicon.isEnglishStop(t)) {
                sink.add(i, i + 1, 0, EntityType.ORGANIZATION, null, null);
            }
        }
    }
}
