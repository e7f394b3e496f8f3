package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** A layoff told in a clause fronted before its doer: "After laying off 1,000 employees, Acme …". Texts written here. */
class FrontedLayoffsTest {
    private static Fact layoff(Extracted x, String doer) {
        return x.requireFact(FactType.LAYOFF, doer, null);
    }

    @Test
    void afterLayingOff() {
        Extracted x = Extracted.of("After laying off nearly 1,000 employees last week, Quillon is reportedly planning "
                + "more changes.", "2024-05-02");
        assertEquals(1000, layoff(x, "Quillon").count());
    }

    @Test
    void havingCut() {
        Extracted x = Extracted.of("Having cut 400 jobs in March, Quillon Motors now plans a new plant.", "2024-05-02");
        assertEquals(400, layoff(x, "Quillon Motors").count());
    }

    @Test
    void sinceLayingOff() {
        Extracted x = Extracted.of("Since laying off 250 workers in 2022, Marlow Glass has rehired many of them.",
                "2024-05-02");
        Fact f = layoff(x, "Marlow Glass");
        assertEquals(250, f.count());
        assertEquals("2022", f.date().value());
    }
}
