package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "a contract awarded by X to Y": the agent named before the holder. Texts written here. */
class AgentBeforeRecipientAwardsTest {
    @Test
    void theHolderAfterTheAgentHoldsTheContract() {
        Extracted x = Extracted.of("The biggest order of the quarter was a $3.1bn contract awarded by Kuwait Oil Company "
                + "(KOC) to Indian contractor Larsen & Toubro to lay a pipeline.", "2024-02-01");
        Fact f = x.requireFact(FactType.CONTRACT, "Larsen & Toubro", "Kuwait Oil Company");
        assertEquals(3_100_000_000L, f.amount().value().longValue());
        Extracted y = Extracted.of("A contract was awarded by the Harbor Authority to Meridian Builders.", "2024-02-01");
        y.requireFact(FactType.CONTRACT, "Meridian Builders", "Harbor Authority");
    }

    @Test
    void theFullNameOfAWellKnownClientIsTheGazetteerEntry() {
        Extracted x = Extracted.of("A $900m order was awarded by the Abu Dhabi National Oil Co (Adnoc) to the "
                + "Egyptian builder Petrojet for a gas plant.", "2024-02-01");
        x.requireFact(FactType.CONTRACT, "Petrojet", "ADNOC");
        assertTrue(x.entity("Adnoc").isEmpty(), x.names());
    }

    @Test
    void aToOpeningTheWorkNamesNoHolder() {
        Extracted x = Extracted.of("The contract was awarded by the Harbor Authority to build roads in Oman.", "2024-02-01");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.CONTRACT), x.describeFacts());
    }
}
