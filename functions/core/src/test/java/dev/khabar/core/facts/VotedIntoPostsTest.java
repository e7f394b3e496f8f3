package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "was voted chairman of X", "the board voted X in as chairman": voting a person into a post is a hire. Texts written here. */
class VotedIntoPostsTest {
    @Test
    void votedChairmanOfACompany() {
        Extracted x = Extracted.of("Riad Kamal was voted chairman of Arabtec Holding on Monday.", "2025-01-01");
        x.requireFact(FactType.EMPLOYMENT_START, "Riad Kamal", "Arabtec Holding");
    }

    @Test
    void theBoardVotedThePersonIn() {
        Extracted x = Extracted.of("Kestrel Bank's board voted Tom Hale in as chairman.", "2025-01-01");
        x.requireFact(FactType.EMPLOYMENT_START, "Tom Hale", "Kestrel Bank");
    }

    @Test
    void votingOnADealHiresNobody() {
        Extracted x = Extracted.of("Tom Hale voted against the deal at Kestrel Bank's board meeting.", "2025-01-01");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.EMPLOYMENT_START), x.describeFacts());
        Extracted y = Extracted.of("Dunmore Rail shareholders voted against the merger with Karoo Foods.", "2025-01-01");
        assertTrue(y.document().facts().stream().noneMatch(f -> f.type() == FactType.EMPLOYMENT_START), y.describeFacts());
    }
}
