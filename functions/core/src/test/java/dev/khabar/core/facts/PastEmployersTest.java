package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** Employers listed in a career told before the new post: the person left each of them. Texts written here. */
class PastEmployersTest {
    @Test
    void everyCompanyOfTheEarlierCareerIsLeft() {
        Extracted x = Extracted.of("Acme Mining has appointed Paul Grant as its new chief executive. Prior to that, he "
                + "worked in senior roles for companies including Rio Tinto, Chevron, and BHP.", "2024-05-02");
        for (String employer : new String[] {"Rio Tinto", "Chevron", "BHP"}) {
            x.requireFact(FactType.EMPLOYMENT_END, "Paul Grant", employer);
        }
        assertTrue(x.fact(FactType.EMPLOYMENT_END, "Paul Grant", "Acme Mining").isEmpty(), x.describeFacts());
    }

    @Test
    void aTickerAfterAnEmployerDoesNotEndTheList() {
        Extracted x = Extracted.of("Halcyon Energy named Sarah Mitchell chief executive. Before that, she held senior positions at "
                + "Woodside Energy (ASX: WDS), Shell and Santos.", "2024-05-02");
        x.requireFact(FactType.EMPLOYMENT_END, "Sarah Mitchell", "Woodside Energy");
        x.requireFact(FactType.EMPLOYMENT_END, "Sarah Mitchell", "Shell");
        x.requireFact(FactType.EMPLOYMENT_END, "Sarah Mitchell", "Santos");
    }

    @Test
    void aNamedWorkerNeedsNoPronoun() {
        Extracted x = Extracted.of("Previously, Tom Reyes worked for Siemens and ABB.", "2024-05-02");
        x.requireFact(FactType.EMPLOYMENT_END, "Tom Reyes", "Siemens");
        x.requireFact(FactType.EMPLOYMENT_END, "Tom Reyes", "ABB");
    }

    @Test
    void aCareerNotPlacedBeforeIsNoDeparture() {
        Extracted x = Extracted.of("Tom Reyes worked for Siemens and ABB on the project.", "2024-05-02");
        Extracted y = Extracted.of("Tom Reyes joined Siemens in 1999. He has held a series of senior positions at "
                + "the company.", "2024-05-02");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.EMPLOYMENT_END), x.describeFacts());
        assertTrue(y.document().facts().stream().noneMatch(f -> f.type() == FactType.EMPLOYMENT_END), y.describeFacts());
    }
}
