package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** Two figures for one company's layoffs of one period: the part (a country, a unit) and the whole. Texts written here. */
class LayoffPartsTest {
    @Test
    void theWholeOutweighsThePartToldFirst() {
        Extracted x = Extracted.of("Payora cut some 12 posts at its Lisbon office under a plan told earlier. "
                + "Payora, which has announced that it would shed about 180 employees in all, expects to break even "
                + "next year.", "2025-06-01");
        assertEquals(180, x.requireFact(FactType.LAYOFF, "Payora", null).count(), x.describeFacts());
    }

    @Test
    void anotherPeriodKeepsItsOwnFigure() {
        Extracted x = Extracted.of("Payora will lay off 180 workers. The company laid off 40 employees in March.",
                "2025-11-03");
        assertEquals(180, x.document().facts().stream().filter(f -> f.type() == FactType.LAYOFF
                && f.date().value().startsWith("2025-11")).findFirst().orElseThrow().count(), x.describeFacts());
    }

    @Test
    void aLaterFigureNeitherPartNorWholeLeavesTheFirst() {
        Extracted x = Extracted.of("Dorvane Systems will cut 250 jobs. The cuts come after Dorvane Systems laid off 900 "
                + "workers.", "2025-06-01");
        assertEquals(250, x.requireFact(FactType.LAYOFF, "Dorvane Systems", null).count(), x.describeFacts());
        Extracted y = Extracted.of("Dorvane Systems will lay off 250 workers, leaving it with 3,100 staff.", "2025-06-01");
        assertEquals(250, y.requireFact(FactType.LAYOFF, "Dorvane Systems", null).count(), y.describeFacts());
    }
}
