package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "It raised …": the company a sentence before opens on, past a place it is based in, never a source the sentence
 * cites. Texts written here.
 */
class OpeningPronounAntecedentsTest {
    @Test
    void aCompanyAfterItsBasedPlaceIsTheOpening() {
        Extracted x = Extracted.of("Helix Robotics raised €85 million last week. Helix Robotics plans to hire. Lyon-based "
                + "biotech Woodlane is turning sawdust into panels. It has raised $19 million to build a second plant.", "2024-03-01");
        x.requireFact(FactType.FUNDING_ROUND, "Woodlane", null);
    }

    @Test
    void aCitedSourceIsNoOpening() {
        Extracted x = Extracted.of("Kora Pay serves two million users in Ghana. According to Statista data, the market "
                + "doubled. It raised $3 million in a round led by Vela Partners.", "2024-03-01");
        x.requireFact(FactType.INVESTMENT, "Vela Partners", "Kora Pay");
        assertTrue(x.fact(FactType.INVESTMENT, "Vela Partners", "Statista").isEmpty(), x.describeFacts());
    }

    @Test
    void aPlaceThatIsNoSeatLeavesTheOpeningToTheSentenceBefore() {
        Extracted x = Extracted.of("Kora Pay serves two million users. Accra Mayor Ama Boateng praised Brightline Bank. It "
                + "raised $3 million in a round led by Vela Partners.", "2024-03-01");
        assertTrue(x.fact(FactType.INVESTMENT, "Vela Partners", "Brightline Bank").isEmpty(), x.describeFacts());
    }
}
