package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** A passive layoff whose doer is named after its trigger: "were cut at X", "were laid off by X". Texts written here. */
class PassiveLayoffAgentsTest {
    @Test
    void cutAtACompanyAfterAnotherCompanysLayoff() {
        Extracted x = Extracted.of("Brantley Foods said 300 jobs would be eliminated at its Dover plant.\n\n"
                + "Some 120 positions were cut at Marrow Textiles last year.", "2020-01-10");
        assertEquals(120, x.requireFact(FactType.LAYOFF, "Marrow Textiles", null).count());
        assertEquals(300, x.requireFact(FactType.LAYOFF, "Brantley Foods", null).count());
    }

    @Test
    void laidOffByACompany() {
        Extracted x = Extracted.of("Nearly 400 workers were laid off by Corvel Mining in June.", "2020-01-10");
        assertEquals(400, x.requireFact(FactType.LAYOFF, "Corvel Mining", null).count());
    }

    @Test
    void eliminatedWhenTheCompanyShutALine() {
        Extracted x = Extracted.of("Halden Poultry is closing its plant in Ashford.\n\nRoughly 240 jobs were eliminated "
                + "when the company shut its second line in 2011, Bloomberg reported then.", "2020-01-10");
        assertEquals(240, x.requireFact(FactType.LAYOFF, "Halden Poultry", null).count());
        assertFalse(x.fact(FactType.LAYOFF, "Bloomberg", null).isPresent());
    }

    @Test
    void aCompanyNamedBeforeTheCountStaysTheDoer() {
        Extracted x = Extracted.of("Pellham Group said 80 staff were let go as Norcross Bank tightened lending.", "2020-01-10");
        assertEquals(80, x.requireFact(FactType.LAYOFF, "Pellham Group", null).count());
        assertFalse(x.fact(FactType.LAYOFF, "Norcross Bank", null).isPresent());
    }

    @Test
    void aPlaceAfterAtIsNoDoer() {
        Extracted x = Extracted.of("About 60 jobs were cut at the Leeds site last week.", "2020-01-10");
        assertFalse(x.hasFactOfType(FactType.LAYOFF));
    }
}
