package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "led by founders A (CEO) and B (COO)", "Jane Roe (CFO) said": a title alone in brackets after a name, with no
 * company inside them, is held at the company the sentence names before the person. Texts written here.
 */
class BracketedBareTitlesTest {
    private static Extracted of(String text) {
        return Extracted.of("Markets rose on Monday.\n" + text, "2024-05-10");
    }

    @Test
    void foundersListedWithTheirTitles() {
        Extracted e = of("Veltrix Labs, run by its founders Anouk Sorel (CEO) and Dario Penn (CTO), raised $6 million.");
        assertEquals("CEO", e.requireFact(FactType.ROLE, "Anouk Sorel", "Veltrix Labs").role());
        assertEquals("CTO", e.requireFact(FactType.ROLE, "Dario Penn", "Veltrix Labs").role());
    }

    @Test
    void aPassiveStartByTitledPeople() {
        Extracted e = of("Quorra Health was set up in 2018 by Sarah Amundsen (chief executive) and Daniel Barros (president).");
        assertEquals("CEO", e.requireFact(FactType.ROLE, "Sarah Amundsen", "Quorra Health").role());
        assertEquals("president", e.requireFact(FactType.ROLE, "Daniel Barros", "Quorra Health").role());
    }

    @Test
    void aSpeakerWithHisTitleInBrackets() {
        Extracted e = of("Fennick Logistics will open a depot in Leeds, said Michael Whitcombe (COO).");
        assertEquals("COO", e.requireFact(FactType.ROLE, "Michael Whitcombe", "Fennick Logistics").role());
    }

    @Test
    void aNameAfterThePersonIsNotTheEmployer() {
        Extracted e = of("Run by its founders Anouk Sorel (CEO) and Dario Penn (CTO), Veltrix Labs raised $6 million.");
        assertTrue(e.fact(FactType.ROLE, "Anouk Sorel", "Dario Penn").isEmpty(), e.describeFacts());
    }

    @Test
    void anOutsideTitleFindsNoEmployer() {
        Extracted e = of("Fennick Logistics opened a depot in Leeds, said Michael Whitcombe (analyst).");
        assertTrue(e.fact(FactType.ROLE, "Michael Whitcombe", "Fennick Logistics").isEmpty(), e.describeFacts());
    }
}
