package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.khabar.core.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The written-out equals and hashCode of the entity records behave as the generated ones of the same components. */
class RecordIdentityTest {
    private record GeneratedEntry(String wikidata, EntityType type, String name) {
    }

    private record GeneratedMention(int startToken, int endToken, int start, int end, String surface, EntityType type,
                                    GazetteerEntry entry, String name, String aliasOf) {
    }

    @Test
    void gazetteerEntryHashesAndComparesLikeAGeneratedRecord() {
        List<GazetteerEntry> entries = new ArrayList<>();
        for (String wikidata : new String[] {null, "Q380", "Q95"}) {
            for (EntityType type : new EntityType[] {null, EntityType.ORGANIZATION, EntityType.PERSON}) {
                for (String name : new String[] {null, "Meta", "ميتا"}) {
                    GazetteerEntry entry = new GazetteerEntry(wikidata, type, name);
                    assertEquals(new GeneratedEntry(wikidata, type, name).hashCode(), entry.hashCode());
                    assertEquals(entry, new GazetteerEntry(wikidata, type, name));
                    entries.add(entry);
                }
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            for (int j = 0; j < entries.size(); j++) {
                if (i != j) {
                    assertNotEquals(entries.get(i), entries.get(j));
                }
            }
        }
    }

    @Test
    void mentionHashesAndComparesLikeAGeneratedRecord() {
        GazetteerEntry meta = new GazetteerEntry("Q380", EntityType.ORGANIZATION, "Meta");
        Mention base = new Mention(1, 3, 10, 22, "Meta Platforms", EntityType.ORGANIZATION, meta, "Meta", "FB");
        List<Mention> variants = List.of(base,
                new Mention(0, 3, 10, 22, "Meta Platforms", EntityType.ORGANIZATION, meta, "Meta", "FB"),
                new Mention(1, 4, 10, 22, "Meta Platforms", EntityType.ORGANIZATION, meta, "Meta", "FB"),
                new Mention(1, 3, 11, 22, "Meta Platforms", EntityType.ORGANIZATION, meta, "Meta", "FB"),
                new Mention(1, 3, 10, 23, "Meta Platforms", EntityType.ORGANIZATION, meta, "Meta", "FB"),
                new Mention(1, 3, 10, 22, "Meta", EntityType.ORGANIZATION, meta, "Meta", "FB"),
                new Mention(1, 3, 10, 22, "Meta Platforms", EntityType.PERSON, meta, "Meta", "FB"),
                new Mention(1, 3, 10, 22, "Meta Platforms", EntityType.ORGANIZATION, null, "Meta", "FB"),
                new Mention(1, 3, 10, 22, "Meta Platforms", EntityType.ORGANIZATION, meta, null, "FB"),
                new Mention(1, 3, 10, 22, "Meta Platforms", EntityType.ORGANIZATION, meta, "Meta", null));
        for (int i = 0; i < variants.size(); i++) {
            Mention m = variants.get(i);
            GeneratedMention generated = new GeneratedMention(m.startToken(), m.endToken(), m.start(), m.end(),
                    m.surface(), m.type(), m.entry(), m.name(), m.aliasOf());
            assertEquals(generated.hashCode(), m.hashCode());
            assertEquals(m, new Mention(m.startToken(), m.endToken(), m.start(), m.end(), m.surface(), m.type(),
                    m.entry(), m.name(), m.aliasOf()));
            for (int j = 0; j < variants.size(); j++) {
                if (i != j) {
                    assertNotEquals(m, variants.get(j));
                }
            }
        }
    }
}
