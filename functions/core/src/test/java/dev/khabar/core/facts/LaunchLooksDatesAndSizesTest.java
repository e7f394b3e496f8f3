package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * A maker giving "a first look at" a named product launches it; a listed product after "the slightly larger" is
 * launched as the first one is; a launch without a date takes the one of a next sentence opening on the product.
 * Texts written here.
 */
class LaunchLooksDatesAndSizesTest {
    @Test
    void aFirstLookGivenByTheMakerIsALaunch() {
        Extracted x = Extracted.of("Sony also gave buyers a first look at a new camera called Vexa.", "2025-05-05");
        x.requireFact(FactType.PRODUCT_LAUNCH, "Sony", "Vexa");
        Extracted seen = Extracted.of("Critics got a first look at the Vexa camera that Halden Optics sells.", "2025-05-05");
        assertTrue(seen.document().facts().stream().noneMatch(f -> f.type() == FactType.PRODUCT_LAUNCH), seen.describeFacts());
    }

    @Test
    void aProductAfterAnAdverbOfDegreeIsListedToo() {
        Extracted x = Extracted.of("Halden Optics released two cameras, the Vexa 3 and the much lighter Vexa 3 Mini.",
                "2025-05-05");
        x.requireFact(FactType.PRODUCT_LAUNCH, "Halden Optics", "Vexa 3");
        x.requireFact(FactType.PRODUCT_LAUNCH, "Halden Optics", "Vexa 3 Mini");
    }

    @Test
    void theNextSentenceOnTheProductDatesTheLaunch() {
        Extracted x = Extracted.of("Halden Optics has released its new camera, the Vexa 3. The device was shown at a "
                + "press event on Tuesday in Lyon.", "2025-05-08");
        assertEquals("2025-05-06", x.requireFact(FactType.PRODUCT_LAUNCH, "Halden Optics", "Vexa 3").date().value());
        Extracted other = Extracted.of("Halden Optics has released its new camera, the Vexa 3. Its shares rose on Tuesday.",
                "2025-05-08");
        assertNull(other.requireFact(FactType.PRODUCT_LAUNCH, "Halden Optics", "Vexa 3").date());
    }
}
