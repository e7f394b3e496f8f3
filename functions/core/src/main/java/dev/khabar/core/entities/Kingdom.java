package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import dev.khabar.core.text.WordFlags;
import java.util.List;
import java.util.Set;

/**
 * «المملكة» alone ("the Kingdom") is the kingdom the story names: a Saudi paper writes «السعودية» and then «المملكة»
 * for it. Where the story names no kingdom, the word is left unnamed: an adjective (الاتحاد السعودي) or a city
 * (الرياض) says where things are, but no one writes the country as an entity of the story then.
 */
final class Kingdom {
    private static final String WORD = "المملكه";
    private static final long READS_AS_WORD = WordFlags.newFlag();
    /** The gazetteer names of the kingdoms Arabic news calls «المملكة». */
    private static final Set<String> KINGDOMS = Set.of("Saudi Arabia", "Jordan", "Morocco", "Bahrain", "United Kingdom");

    private Kingdom() {
    }

    static void find(List<Token> tokens, MentionSink sink) {
        GazetteerEntry kingdom = null;
        boolean asked = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.script() != Script.ARABIC || sink.covered(i) || !readsAsWord(t)) {
                continue;
            }
            if (!asked) {
                kingdom = namedKingdom(sink);
                asked = true;
            }
            if (kingdom != null) {
                sink.add(i, i + 1, MentionSink.cliticChars(t, WORD), EntityType.LOCATION, kingdom, kingdom.name());
            }
        }
    }

    /** Whether a reading of the token is «المملكة»: asked of every Arabic token, so kept per word. */
    private static boolean readsAsWord(Token t) {
        WordFlags.Word word = t.word();
        return word.known(READS_AS_WORD) ? word.is(READS_AS_WORD)
                : word.set(READS_AS_WORD, Clitics.readings(t.norm()).contains(WORD));
    }

    /** The first kingdom the text names, or null. */
    private static GazetteerEntry namedKingdom(MentionSink sink) {
        for (Mention m : sink.sorted()) {
            if (m.entry() != null && m.type() == EntityType.LOCATION && KINGDOMS.contains(m.entry().name())) {
                return m.entry();
            }
        }
        return null;
    }
}
