package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * A title's employer told with what kind of company it is and where it is from ("a partner at the Dutch venture capital
 * firm X", "spokesperson for the ride-hailing firm X"): the description is no anaphor of a company told before.
 * Texts written here.
 */
class DescribedEmployersTest {
    private static final String OPENING = "Corvel Bank reported higher profits on Tuesday. ";

    @Test
    void aNationalityAndSeveralWordsDescribeTheEmployer() {
        Extracted en = Extracted.of(OPENING + "Ines Varga, a partner at the Austrian private equity firm Lindqvist "
                + "Partners, said valuations had fallen.", "2025-05-05");
        assertEquals("partner", en.requireFact(FactType.ROLE, "Ines Varga", "Lindqvist Partners").role());
        assertTrue(en.fact(FactType.ROLE, "Ines Varga", "Corvel Bank").isEmpty(), en.describeFacts());
    }

    @Test
    void aHyphenatedDescriptionBeforeTheName() {
        Extracted en = Extracted.of(OPENING + "Paolo Ferri, spokesman for the food-delivery startup Bitewise, declined "
                + "to comment.", "2025-05-05");
        assertEquals("spokesman", en.requireFact(FactType.ROLE, "Paolo Ferri", "Bitewise").role());
    }

    @Test
    void theFirmWithNoNameAfterItIsStillTheCompanyToldBefore() {
        Extracted en = Extracted.of("Corvel Bank said on Tuesday that Dana Holt, head of lending at the firm, would "
                + "retire in June.", "2025-05-05");
        assertTrue(en.requireTitle("Dana Holt", "Corvel Bank").role().startsWith("head"), en.describeFacts());
    }
}
