package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;

/** "Founder Circle", "Fintech Weekly": a firm named by a title's head or a trade and a common word. Texts written here. */
class TitleOrTradeOpenedNamesTest {
    @Test
    void aTitleHeadOpensAFirmsName() {
        Extracted x = Extracted.of("The seed round of Orvella was joined by Founder Circle and two angels.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Founder Circle").type(), x.names());
        assertTrue(x.entity("Circle").isEmpty(), x.names());
    }

    @Test
    void aTradeNounOpensAPublicationsName() {
        Extracted x = Extracted.of("According to a story in Fintech Weekly, Orvella hired forty engineers.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Fintech Weekly").type(), x.names());
    }

    @Test
    void aTitleBeforeItsFieldStaysATitle() {
        Extracted x = Extracted.of("Mara Lind was named Senior Vice President Operations at Orvella.", "2025-01-01");
        assertTrue(x.entity("President Operations").isEmpty(), x.names());
        Extracted y = Extracted.of("The board thanked its Chief Executive for the year.", "2025-01-01");
        assertTrue(y.entity("Chief Executive").isEmpty(), y.names());
    }
}
