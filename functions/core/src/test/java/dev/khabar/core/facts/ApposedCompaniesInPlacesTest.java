package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "X, a logistics company in Kenya,", "X, a startup out of Porto": a place after the company noun apposed to a firm
 * locates the firm; a company noun that is a verb's object ("owns a company in Kenya") locates nothing. Texts written
 * here.
 */
class ApposedCompaniesInPlacesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-06-01");
    }

    @Test
    void theApposedCompanyIsInThePlace() {
        x("Fenmark, a logistics company in Kenya, announced the purchase of Tollway.").requireFact(FactType.LOCATED_IN,
                "Fenmark", "Kenya");
        x("Quillpad, a startup out of Porto, is announcing new funding.").requireFact(FactType.LOCATED_IN, "Quillpad", "Porto");
    }

    @Test
    void aCompanyOwnedOrBoughtThereLocatesNothing() {
        Extracted e = x("Fenmark, which owns a logistics company in Kenya, raised $5 million.");
        assertTrue(!e.hasFactOfType(FactType.LOCATED_IN), e.describeFacts());
        Extracted f = x("Fenmark bought a logistics company in Kenya.");
        assertTrue(!f.hasFactOfType(FactType.LOCATED_IN), f.describeFacts());
    }
}
