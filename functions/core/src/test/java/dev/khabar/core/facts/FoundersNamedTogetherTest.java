package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * Founders named as a pair: after a plural title ("Founders A and B") or after "co-founded … with": people, each a
 * founder, even when the lexicon knows neither given name. Texts written here.
 */
class FoundersNamedTogetherTest {
    @Test
    void aPairAfterThePluralTitle() {
        Extracted x = Extracted.of("Velora grew fast. Founders Oskar Lindqvar and Tamsin Oyelaran have tried to fix "
                + "Velora’s support desk.", "2024-05-02");
        assertEquals(EntityType.PERSON, x.requireEntity("Oskar Lindqvar").type(), x.names());
        assertEquals(EntityType.PERSON, x.requireEntity("Tamsin Oyelaran").type(), x.names());
        x.requireFact(FactType.FOUNDED, "Oskar Lindqvar", "Velora");
        x.requireFact(FactType.FOUNDED, "Tamsin Oyelaran", "Velora");
    }

    @Test
    void aPairTheCompanyWasCoFoundedWith() {
        Extracted x = Extracted.of("Velora builds payroll tools. Its CEO Maria Costa, who co-founded the firm with "
                + "Pau Ribalta and Ottar Venn, expects growth.", "2024-05-02");
        assertEquals(EntityType.PERSON, x.requireEntity("Pau Ribalta").type(), x.names());
        assertEquals(EntityType.PERSON, x.requireEntity("Ottar Venn").type(), x.names());
        x.requireFact(FactType.FOUNDED, "Pau Ribalta", "Velora");
        x.requireFact(FactType.FOUNDED, "Ottar Venn", "Velora");
    }
}
