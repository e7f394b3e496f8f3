package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "Chipmaker Nexar said": a trade noun opening the sentence describes the company and is no part of its name; a verb
 * ends the description before a second company's ("Quorra acquired cybersecurity firm Sentrix"). Texts written here.
 */
class TradeNounOpenersTest {
    @Test
    void theTradeNounIsLeftOutOfTheName() {
        Extracted x = Extracted.of("Chipmaker Nexar said it would cut 200 jobs.", "2025-01-01");
        x.requireFact(FactType.LAYOFF, "Nexar", null);
        Extracted y = Extracted.of("Insurer Fjordvik acquired Baltic Re for $80 million.", "2025-01-01");
        y.requireFact(FactType.ACQUISITION, "Fjordvik", "Baltic Re");
    }

    @Test
    void aVerbEndsTheDescriptionOfTheNextCompany() {
        Extracted x = Extracted.of("Tech giant Quorra acquired cybersecurity firm Sentrix for $1.2 billion.", "2025-01-01");
        x.requireFact(FactType.ACQUISITION, "Quorra", "Sentrix");
    }

    @Test
    void aCompanyNamedWithAGroupWordKeepsIt() {
        Extracted x = Extracted.of("The Operator Group acquired Dunmore Rail.", "2025-01-01");
        x.requireFact(FactType.ACQUISITION, "Operator Group", "Dunmore Rail");
        Extracted y = Extracted.of("Regulator Ofcom fined Tellox Mobile £2 million.", "2025-01-01");
        assertTrue(y.entity("Regulator Ofcom").isEmpty(), y.names());
    }
}
