package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "Its investors include A", "the startup's backers include A": the company told before owns the investors. Texts written here. */
class PossessedBackersTest {
    @Test
    void itsInvestorsAfterASentenceOnTheCompany() {
        Extracted x = Extracted.of("Quartzline Systems makes sensors. Its investors include Gorse Capital and Borvane Ventures.",
                "2025-01-01");
        x.requireFact(FactType.INVESTMENT, "Gorse Capital", "Quartzline Systems");
        x.requireFact(FactType.INVESTMENT, "Borvane Ventures", "Quartzline Systems");
    }

    @Test
    void theStartupsBackers() {
        Extracted x = Extracted.of("Quartzline Systems makes sensors. The startup's backers include Gorse Capital.", "2025-01-01");
        x.requireFact(FactType.INVESTMENT, "Gorse Capital", "Quartzline Systems");
    }

    @Test
    void itsOwnerInTheSentenceComesFirstAndNoOwnerNoFact() {
        Extracted x = Extracted.of("Quartzline Systems makes sensors. Tessor Labs said its investors include Gorse Capital.",
                "2025-01-01");
        x.requireFact(FactType.INVESTMENT, "Gorse Capital", "Tessor Labs");
        assertTrue(x.fact(FactType.INVESTMENT, "Gorse Capital", "Quartzline Systems").isEmpty(), x.describeFacts());
        Extracted y = Extracted.of("Quartzline Systems makes sensors. Investors include Gorse Capital.", "2025-01-01");
        assertTrue(y.fact(FactType.INVESTMENT, "Gorse Capital", "Quartzline Systems").isEmpty(), y.describeFacts());
    }
}
