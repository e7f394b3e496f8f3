package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "signed by Mr. Liu Wen Chairman and CEO Borvia": a capitalized title run on between a name and an organization,
 * without commas, is the person's post there. Texts written here.
 */
class RunOnTitlesTest {
    @Test
    void theRunOnTitleIsThePersonsPostAtTheOrganizationAfterIt() {
        Extracted e = Extracted.of("Markets rose on Monday.\nThe agreement was signed by Dr. Daniel Orr, President & CEO"
                + " Zentel and Mr. Liu Wen Chairman and CEO Borvia at a ceremony held in Lahore.", "2024-05-10");
        assertEquals("Chairman and CEO", e.requireFact(FactType.ROLE, "Liu Wen", "Borvia").role());
        e.requireFact(FactType.ROLE, "Daniel Orr", "Zentel");
    }
}
