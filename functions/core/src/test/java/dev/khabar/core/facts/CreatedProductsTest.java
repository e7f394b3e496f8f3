package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "X developed Quill, a coding assistant": a company that creates or develops a named product launches it; "an
 * assistant", "a framework" after the name say it is a product. Texts written here.
 */
class CreatedProductsTest {
    @Test
    void developedAProductNamedWithItsKind() {
        Extracted x = Extracted.of("Tessor Labs developed Quill, a coding assistant, in 2022.", "2025-01-01");
        x.requireFact(FactType.PRODUCT_LAUNCH, "Tessor Labs", "Quill");
    }

    @Test
    void createdAFramework() {
        Extracted x = Extracted.of("Tessor Labs created Quill, a framework for deep learning.", "2025-01-01");
        assertEquals(EntityType.PRODUCT, x.requireEntity("Quill").type(), x.names());
        x.requireFact(FactType.PRODUCT_LAUNCH, "Tessor Labs", "Quill");
    }

    @Test
    void developedAPlaceOrAPlanLaunchesNothing() {
        Extracted x = Extracted.of("Tessor Labs has developed Halden Park, a business park in Lisbon.", "2025-01-01");
        assertTrue(x.fact(FactType.PRODUCT_LAUNCH, "Tessor Labs", "Halden Park").isEmpty(), x.describeFacts());
        Extracted y = Extracted.of("Peter Loor created Tessor Labs in 2015.", "2025-01-01");
        assertTrue(y.fact(FactType.PRODUCT_LAUNCH, "Peter Loor", "Tessor Labs").isEmpty(), y.describeFacts());
    }
}
