package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index the build wrote reads back to exactly the gazetteer its sources build, and lookups work on it. */
class GazetteerIndexTest {
    @Test
    void theBuildWroteTheIndex() {
        assertTrue(GazetteerIndex.exists(), "the build (exec-maven-plugin, process-classes) writes " + GazetteerIndex.RESOURCE);
    }

    @Test
    void theIndexHoldsWhatTheSourcesBuild() {
        List<String> built = GazetteerIndex.lines(GazetteerSources.build());
        List<String> read = GazetteerIndex.lines(GazetteerIndex.read());
        assertTrue(built.size() > 6000, "entries, spellings, names, countries and place words: " + built.size());
        assertEquals(built, read);
    }

    @Test
    void lookupsOnTheIndexedGazetteer() {
        Gazetteer g = GazetteerIndex.read();
        GazetteerEntry egypt = g.byName("EGYPT");
        assertNotNull(egypt);
        assertEquals(EntityType.LOCATION, egypt.type());
        assertEquals("EG", g.countryCode(egypt));
        assertTrue(g.isPlaceWord("مصر"));
        Gazetteer.Match m = g.match(Tokenizer.tokenize("وصلت إلى مصر"), 2, 3);
        assertNotNull(m);
        assertEquals(egypt, m.entry());
        assertNull(g.byName("no such place anywhere"));
    }
}
