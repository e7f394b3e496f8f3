package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "founder and former CEO X": the founder is named after both titles, the second a ROLE. Texts written here. */
class FounderAndFormerTitleTest {
    @Test
    void companyFounderAndFormerChiefBeforeTheName() {
        Extracted en = Extracted.of("A panel that includes company founder and former CEO Paul Hartmann will pick a "
                + "successor at Delmora.", "2024-03-06");
        en.requireFact(FactType.FOUNDED, "Paul Hartmann", "Delmora");
        assertEquals("CEO", en.requireFact(FactType.ROLE, "Paul Hartmann", "Delmora").role());
    }

    @Test
    void coFounderAndFormerChairman() {
        Extracted en = Extracted.of("Delmora said co-founder and former chairman Rita Osei will advise the board.", "2024-03-06");
        en.requireFact(FactType.FOUNDED, "Rita Osei", "Delmora");
        assertEquals("chairman", en.requireFact(FactType.ROLE, "Rita Osei", "Delmora").role());
    }

    @Test
    void founderAndFormerChiefExecutiveInAnApposition() {
        Extracted en = Extracted.of("Velton hired Ian Moss, founder and former chief executive of Skyra, as an adviser.",
                "2024-03-06");
        en.requireFact(FactType.FOUNDED, "Ian Moss", "Skyra");
        assertEquals("CEO", en.requireFact(FactType.ROLE, "Ian Moss", "Skyra").role());
    }

    @Test
    void aFormerTitleAfterAnotherThanFounderFoundsNothing() {
        Extracted en = Extracted.of("Delmora said its CEO and former chairman Rita Osei will retire.", "2024-03-06");
        assertTrue(en.fact(FactType.FOUNDED, "Rita Osei", "Delmora").isEmpty(), en.describeFacts());
    }
}
