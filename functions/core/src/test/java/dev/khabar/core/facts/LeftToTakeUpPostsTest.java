package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "take up the post of CFO at Y", "took up a position as head of risk at Y": a post taken up is a move into it; after
 * a departure ("resigned to take up …", "quit X to take up …") the post and company after it are the next ones, not
 * the ones left. Texts written here.
 */
class LeftToTakeUpPostsTest {
    private static Extracted of(String text) {
        return Extracted.of("Markets rose on Monday.\n" + text, "2024-05-10");
    }

    @Test
    void resignedToTakeUpTheRole() {
        Extracted e = of("Helen Brisk, finance director of Norlake Bank, has resigned to take up the role of chief financial officer at Vantor Pay.");
        assertEquals("CFO", e.requireFact(FactType.EMPLOYMENT_START, "Helen Brisk", "Vantor Pay").role());
        e.requireFact(FactType.EMPLOYMENT_END, "Helen Brisk", "Norlake Bank");
        assertTrue(e.fact(FactType.EMPLOYMENT_END, "Helen Brisk", "Vantor Pay").isEmpty(), e.describeFacts());
    }

    @Test
    void quitTheCompanyToTakeUpThePost() {
        Extracted e = of("Helen Brisk quit Norlake Bank to take up the post of chief executive at Vantor Pay.");
        assertEquals("CEO", e.requireFact(FactType.EMPLOYMENT_START, "Helen Brisk", "Vantor Pay").role());
        assertEquals(null, e.requireFact(FactType.EMPLOYMENT_END, "Helen Brisk", "Norlake Bank").role());
    }

    @Test
    void thePostLeftBeforeTheNextOneStaysTheOneLeft() {
        Extracted e = of("Helen Brisk stepped down as chairman of Norlake Bank to take up the role of CEO at Vantor Pay.");
        assertEquals("chairman", e.requireFact(FactType.EMPLOYMENT_END, "Helen Brisk", "Norlake Bank").role());
        assertEquals("CEO", e.requireFact(FactType.EMPLOYMENT_START, "Helen Brisk", "Vantor Pay").role());
    }

    @Test
    void willTakeUpAPositionAsAnotherTense() {
        Extracted e = of("Helen Brisk will take up the position of chairman at Vantor Pay in May.");
        assertEquals("chairman", e.requireFact(FactType.EMPLOYMENT_START, "Helen Brisk", "Vantor Pay").role());
    }

    @Test
    void tookUpAnOfferIsNoPost() {
        Extracted e = of("Helen Brisk took up the offer from Vantor Pay.");
        assertTrue(e.fact(FactType.EMPLOYMENT_START, "Helen Brisk", "Vantor Pay").isEmpty(), e.describeFacts());
    }
}
