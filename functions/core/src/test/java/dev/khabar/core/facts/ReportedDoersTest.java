package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "A said B acquired C" with no "that": the reported clause has its own doer, not the one who says it. Texts written here. */
class ReportedDoersTest {
    @Test
    void aCompanyReportsAnothersPurchase() {
        Extracted x = Extracted.of("Tessor Labs said Gorse Capital acquired Quartzline Systems.", "2025-01-01");
        x.requireFact(FactType.ACQUISITION, "Gorse Capital", "Quartzline Systems");
        assertTrue(x.fact(FactType.ACQUISITION, "Tessor Labs", "Quartzline Systems").isEmpty(), x.describeFacts());
    }

    @Test
    void theInvestedCompanySaysWhoInvested() {
        Extracted x = Extracted.of("Quartzline Systems said Gorse Capital had invested $20 million in the company.", "2025-01-01");
        x.requireFact(FactType.INVESTMENT, "Gorse Capital", "Quartzline Systems");
        assertTrue(x.fact(FactType.INVESTMENT, "Quartzline Systems", "Gorse Capital").isEmpty(), x.describeFacts());
    }

    @Test
    void aPersonReportingIsNoBuyer() {
        Extracted x = Extracted.of("Peter Loor said Gorse Capital acquired Quartzline Systems.", "2025-01-01");
        assertTrue(x.fact(FactType.ACQUISITION, "Peter Loor", "Quartzline Systems").isEmpty(), x.describeFacts());
    }
}
