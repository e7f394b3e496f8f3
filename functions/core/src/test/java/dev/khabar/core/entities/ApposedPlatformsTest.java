package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * An unknown name opening a sentence and described in apposition as a platform, a marketplace or an app: a name; a
 * company when it then acts as one ("raised", "has laid off"), a product when it is launched. Texts written here.
 */
class ApposedPlatformsTest {
    @Test
    void aPlatformThatRaisesMoneyIsTheCompany() {
        Extracted x = Extracted.of("Quimbo, a freight booking platform, raised $7 million from Orla Fund.", "2025-03-03");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Quimbo").type(), x.names());
        x.requireFact(FactType.FUNDING_ROUND, "Quimbo", null);
    }

    @Test
    void aMarketplaceThatCutsStaff() {
        Extracted x = Extracted.of("Quimbo, an online marketplace for tyres, has laid off 35 staff.", "2025-03-03");
        x.requireFact(FactType.LAYOFF, "Quimbo", null);
    }

    @Test
    void aPlatformThatIsLaunchedStaysAProduct() {
        Extracted x = Extracted.of("Tessa Group said Quimbo, a platform for booking freight, will launch in May.", "2025-03-03");
        assertEquals(EntityType.PRODUCT, x.requireEntity("Quimbo").type(), x.names());
    }
}
