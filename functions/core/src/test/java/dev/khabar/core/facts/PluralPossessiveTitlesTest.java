package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "Airbus' CFO": a company whose name ends in "s" owns a title with a bare apostrophe. Texts written here. */
class PluralPossessiveTitlesTest {
    @Test
    void theOwnerOfATitleAfterACopula() {
        Extracted x = Extracted.of("Thomas Toepfer is Airbus' chief financial officer.", "2024-05-02");
        assertEquals("CFO", x.requireFact(FactType.ROLE, "Thomas Toepfer", "Airbus").role());
    }

    @Test
    void theOwnerOfATitleWithATimeWordBetween() {
        Extracted x = Extracted.of("Dale Carter is currently Pilbara Minerals’ chief operating officer and has been with "
                + "the company since 2017.", "2024-05-02");
        assertEquals("COO", x.requireFact(FactType.ROLE, "Dale Carter", "Pilbara Minerals").role());
    }

    @Test
    void theOwnerOfATitleBeforeAnApposition() {
        Extracted x = Extracted.of("Pilbara Minerals' chairman, Tony Kiernan, said the board was pleased.", "2024-05-02");
        x.requireFact(FactType.ROLE, "Tony Kiernan", "Pilbara Minerals");
    }
}
