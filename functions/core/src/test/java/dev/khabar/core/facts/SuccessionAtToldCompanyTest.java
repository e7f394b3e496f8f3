package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "Acme is led by Roe, who took over from Doe", "its CEO Roe succeeded Doe": a succession whose verb names no company
 * is at the company the successor is told of (else the story's): the successor starts there and the one replaced
 * leaves it. Texts written here.
 */
class SuccessionAtToldCompanyTest {
    private static void moves(String text, String successor, String predecessor, String org) {
        Extracted e = Extracted.of("Markets rose on Monday.\n" + text, "2024-05-10");
        e.requireFact(FactType.EMPLOYMENT_START, successor, org);
        e.requireFact(FactType.EMPLOYMENT_END, predecessor, org);
    }

    @Test
    void tookOverFromAfterTheCompanysHead() {
        moves("Marlow Freight is now run by Ysolde Brannigan, who took over from Peter Halvorsen in March.",
                "Ysolde Brannigan", "Peter Halvorsen", "Marlow Freight");
    }

    @Test
    void itsChiefSucceededAFounder() {
        moves("Tessaly Bank said its chief executive Odile Varga succeeded founder Ravi Menon last year.", "Odile Varga",
                "Ravi Menon", "Tessaly Bank");
    }

    @Test
    void aNewChiefWhoReplacedThePredecessor() {
        moves("Corvane Energy has a new president, Hugo Bassett, who replaced Lena Fischer in January.", "Hugo Bassett",
                "Lena Fischer", "Corvane Energy");
    }

    @Test
    void takingOverFromInThePresent() {
        moves("At Brisco Media, Nadia Ferreira is taking over from Thomas Doherty as publisher.", "Nadia Ferreira",
                "Thomas Doherty", "Brisco Media");
    }

    @Test
    void aFormerEmployerBeforeTheNameIsNotWhereTheSuccessionIs() {
        Extracted e = Extracted.of("Markets rose on Monday.\nFormer Oltrix chief executive John Varga was named as the new"
                + " CEO of Tessaly Bank, succeeding Ravi Menon.", "2024-05-10");
        e.requireFact(FactType.EMPLOYMENT_END, "Ravi Menon", "Tessaly Bank");
        assertTrue(e.fact(FactType.EMPLOYMENT_START, "John Varga", "Oltrix").isEmpty(), e.describeFacts());
        assertTrue(e.fact(FactType.EMPLOYMENT_END, "Ravi Menon", "Oltrix").isEmpty(), e.describeFacts());
    }

    @Test
    void noPredecessorNamedNoMove() {
        Extracted e = Extracted.of("Markets rose on Monday.\nMarlow Freight is run by Ysolde Brannigan, who took over in March.",
                "2024-05-10");
        assertTrue(e.fact(FactType.EMPLOYMENT_END, "Ysolde Brannigan", "Marlow Freight").isEmpty(), e.describeFacts());
    }
}
