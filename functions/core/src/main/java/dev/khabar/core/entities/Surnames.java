package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** After a person is named in full, the surname alone names them too (وانغ, Mayer): a last pass finds those. */
final class Surnames {
    private Surnames() {
    }

    static void find(List<Token> tokens, List<Sentence> sentences, int titleSentences, MentionSink sink) {
        Map<String, Mention> bySurname = new HashMap<>();
        for (Mention m : sink.sorted()) {
            if (m.type() == EntityType.PERSON && m.endToken() - m.startToken() >= 2) {
                bySurname.putIfAbsent(tokens.get(m.endToken() - 1).norm(), m);
            }
        }
        if (bySurname.isEmpty()) {
            return;
        }
        for (int k = titleSentences; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = tokens.get(i);
                if (sink.covered(i) || !(t.script() == Script.ARABIC || t.capitalized())) {
                    continue;
                }
                for (String reading : t.script() == Script.ARABIC ? Clitics.readings(t.norm()) : List.of(t.norm())) {
                    Mention full = bySurname.get(reading);
                    if (full != null && full.startToken() < i) {
                        if (sink.add(i, i + 1, MentionSink.cliticChars(t, reading), EntityType.PERSON, full.entry(), full.name())) {
                            Mention added = sink.last(); // «للسوداني»: a clitic the surface keeps must not make a new person
                            sink.replace(added, added.aliasFor(full));
                        }
                        break;
                    }
                }
            }
        }
    }
}
