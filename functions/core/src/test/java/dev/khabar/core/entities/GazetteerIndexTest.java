package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The index the build wrote is the one the sources make, and every lookup on it answers what the sources' maps answer:
 * each key they hold, and keys next to them in the index's order that they do not hold.
 */
class GazetteerIndexTest {
    private static final GazetteerSources SOURCES = GazetteerSources.build();
    private static final GazetteerIndex INDEX = GazetteerIndex.resource();

    @Test
    void theBuildWroteTheIndexOfTheSources() throws IOException {
        assertTrue(GazetteerIndex.exists(), "the build (exec-maven-plugin, process-classes) writes " + GazetteerIndex.RESOURCE);
        try (InputStream in = GazetteerIndex.class.getResourceAsStream(GazetteerIndex.RESOURCE)) {
            assertArrayEquals(GazetteerIndexWriter.bytes(SOURCES), in.readAllBytes());
        }
        assertTrue(SOURCES.byFirstToken.size() > 2000 && SOURCES.byName.size() > 2000 && SOURCES.countryCodes.size() > 200
                && SOURCES.placeWords.size() > 300, "first tokens, names, countries and place words");
    }

    @Test
    void everySpellingIsFoundUnderItsFirstToken() {
        for (Map.Entry<String, List<Gazetteer.Alias>> first : SOURCES.byFirstToken.entrySet()) {
            List<Gazetteer.Alias> want = first.getValue();
            List<Gazetteer.Alias> got = INDEX.aliases(first.getKey());
            assertNotNull(got, first.getKey());
            assertEquals(want.size(), got.size(), first.getKey());
            for (int i = 0; i < want.size(); i++) {
                assertArrayEquals(want.get(i).tokens(), got.get(i).tokens(), first.getKey());
                assertEquals(want.get(i).exactSurface(), got.get(i).exactSurface(), first.getKey());
                assertEquals(want.get(i).firstChar(), got.get(i).firstChar(), first.getKey());
                assertEquals(want.get(i).entry(), got.get(i).entry(), first.getKey());
            }
        }
    }

    @Test
    void everyNameCountryAndPlaceWordIsFound() {
        for (Map.Entry<String, GazetteerEntry> name : SOURCES.byName.entrySet()) {
            assertEquals(name.getValue(), INDEX.byName(name.getKey()), name.getKey());
        }
        for (Map.Entry<GazetteerEntry, String> country : SOURCES.countryCodes.entrySet()) {
            assertEquals(country.getValue(), INDEX.countryCode(country.getKey()), country.getKey().name());
        }
        for (String word : SOURCES.placeWords) {
            assertTrue(INDEX.isPlaceWord(word), word);
        }
    }

    @Test
    void keysTheSourcesDoNotHoldAreNotFound() {
        List<String> near = new ArrayList<>(List.of("", " ", "\u0000", "\uffff", "zzzzzzzz", "\ud800", "?", "ـ", "\ud83d\ude00", "a\ud83d\ude00", "é", "ك\tا", "\n"));
        for (String key : SOURCES.byFirstToken.keySet()) {
            near.add(key + "x");
            near.add(key.substring(0, key.length() - 1));
            near.add(key + "\u0000");
        }
        for (String key : SOURCES.byName.keySet()) {
            near.add(key + " ");
            near.add(key.substring(1));
        }
        for (String key : near) {
            assertEquals(SOURCES.byFirstToken.containsKey(key), INDEX.aliases(key) != null, key);
            assertEquals(SOURCES.byName.get(key), INDEX.byName(key), key);
            assertEquals(SOURCES.placeWords.contains(key), INDEX.isPlaceWord(key), key);
        }
        assertNull(INDEX.countryCode(new GazetteerEntry(null, EntityType.LOCATION, "Egypt")), "Egypt's name without its id");
        assertNull(INDEX.countryCode(new GazetteerEntry(null, EntityType.ORGANIZATION, "Meta")));
    }

    @Test
    void anEntryIsDecodedOnce() {
        GazetteerEntry egypt = INDEX.byName("egypt");
        assertSame(egypt, INDEX.byName("مصر"));
        GazetteerEntry spelled = null;
        for (Gazetteer.Alias a : INDEX.aliases("مصر")) {
            if (a.tokens().length == 1) {
                spelled = a.entry();
            }
        }
        assertSame(egypt, spelled);
    }

    @Test
    void lookupsOnTheIndexedGazetteer() {
        Gazetteer g = new Gazetteer(GazetteerIndex.resource());
        GazetteerEntry egypt = g.byName("EGYPT");
        assertNotNull(egypt);
        assertEquals(EntityType.LOCATION, egypt.type());
        assertEquals("EG", g.countryCode(egypt));
        assertTrue(g.isPlaceWord("مصر"));
        assertTrue(g.isPlaceWord("مصر"), "asked again, answered from what the gazetteer kept");
        assertFalse(g.isPlaceWord("شركة"));
        Gazetteer.Match m = g.match(Tokenizer.tokenize("وصلت إلى مصر"), 2, 3);
        assertNotNull(m);
        assertEquals(egypt, m.entry());
        assertNull(g.match(Tokenizer.tokenize("وصلت إلى مصر"), 0, 3));
        assertNull(g.byName("no such place anywhere"));
    }

    @Test
    void aGazetteerBuiltFromItsSourcesInMemoryAnswersAlike() {
        Gazetteer g = new Gazetteer(GazetteerIndex.of(SOURCES));
        Gazetteer.Match m = g.match(Tokenizer.tokenize("Meta Platforms said"), 0, 3);
        assertNotNull(m);
        assertEquals("Meta", m.entry().name());
        assertEquals(2, m.endToken());
    }
}
