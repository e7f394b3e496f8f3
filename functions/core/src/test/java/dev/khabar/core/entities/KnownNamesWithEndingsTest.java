package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** A known company written with its registered endings, or with a possessive inside its name. Texts written here. */
class KnownNamesWithEndingsTest {
    @Test
    void eachEndingBelongsToTheKnownName() {
        Extracted x = Extracted.of("Delmar Foods is headquartered in Austin. Meanwhile, United Airlines Holdings Inc. CEO "
                + "Dana Pryce divides her week between Dallas, where she lives, and Chicago, where her company is "
                + "headquartered.", "2024-05-02");
        x.requireFact(FactType.ROLE, "Dana Pryce", "United Airlines");
        assertTrue(x.fact(FactType.ROLE, "Dana Pryce", "Delmar Foods").isEmpty(), x.describeFacts());
    }

    @Test
    void aPossessiveInsideAKnownName() {
        Extracted x = Extracted.of("Victoria’s Secret & Co. hired Lena Ortiz as its design chief.", "2024-05-02");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Victoria's Secret").type(), x.names());
        assertEquals(1, x.document().entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION).count(), x.names());
    }
}
