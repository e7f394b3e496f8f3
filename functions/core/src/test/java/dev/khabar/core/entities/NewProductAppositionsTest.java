package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "its new warehouse robot, Atlas X": a new product's noun, then its name after a comma, is a product. Texts written here. */
class NewProductAppositionsTest {
    @Test
    void itsNewRobotNamedAfterAComma() {
        Extracted en = Extracted.of("News\nAcme Robotics unveiled its new warehouse robot, Atlas X, on Tuesday.", "2025-05-05");
        assertEquals(EntityType.PRODUCT, en.requireEntity("Atlas X").type());
        en.requireFact(FactType.PRODUCT_LAUNCH, "Acme Robotics", "Atlas X");
    }

    @Test
    void theLatestChip() {
        Extracted en = Extracted.of("News\nKestrel Semi showed off the latest chip, Nimbus 9, to investors.", "2025-05-05");
        assertEquals(EntityType.PRODUCT, en.requireEntity("Nimbus 9").type());
    }

    @Test
    void aPlatformSoldWithoutNewIsStillACompany() {
        Extracted en = Extracted.of("News\nAcme Robotics sold its largest platform, Orbit Labs, to Kelvo.", "2025-05-05");
        assertEquals(EntityType.ORGANIZATION, en.requireEntity("Orbit Labs").type());
    }
}
