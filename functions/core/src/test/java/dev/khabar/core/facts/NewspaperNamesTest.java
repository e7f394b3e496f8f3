package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "the company" never stands for a newspaper named like "Star-Ledger" or "Post-Gazette". Texts written here. */
class NewspaperNamesTest {
    @Test
    void theCompanyAfterAStarLedgerReport() {
        Extracted x = Extracted.of("Halden Poultry is closing its Ashford plant. The Star-Ledger reported in 1994 that "
                + "the mill employed 900 people. The company cut 190 jobs in 2008.", "2020-01-10");
        assertEquals(190, x.requireFact(FactType.LAYOFF, "Halden Poultry", null).count());
        assertFalse(x.fact(FactType.LAYOFF, "Star-Ledger", null).isPresent());
    }

    @Test
    void theCompanyAfterAPostGazetteReport() {
        Extracted x = Extracted.of("Orrin Steel said it would expand. The Post-Gazette first reported the talks on Monday. "
                + "The company agreed to buy Velda Alloys for $40 million.", "2020-01-10");
        assertTrue(x.fact(FactType.ACQUISITION, "Orrin Steel", "Velda Alloys").isPresent(), x.describeFacts());
    }

    @Test
    void aHyphenatedCompanyNameIsNoPaper() {
        Extracted x = Extracted.of("Halden Bio-Pharma opened a plant in Leeds. The company cut 50 jobs in 2019.", "2020-01-10");
        assertEquals(50, x.requireFact(FactType.LAYOFF, "Halden Bio-Pharma", null).count());
    }
}
