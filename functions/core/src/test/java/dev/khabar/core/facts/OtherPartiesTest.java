package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * Names a fact's pattern reaches that are not its party: a person after an English join's object, an outcome clause
 * opened by ", leaving", a company after "and" past an "X-based" description. Texts written here.
 */
class OtherPartiesTest {
    @Test
    void aPersonAfterTheObjectOfAJoinIsNotTheJoiner() {
        Extracted x = Extracted.of("Once the merger closes, Orlen staff will join Tarrant’s sensor division under the "
                + "direction of David Marsh.", "2020-01-10");
        assertFalse(x.hasFactOfType(FactType.EMPLOYMENT_START), x.describeFacts());
    }

    @Test
    void aDepartureNounNamesItsPersonAfterOf() {
        Extracted x = Extracted.of("Halden Bank confirmed the departure of Maria Cole, its chief risk officer.", "2020-01-10");
        x.requireFact(FactType.EMPLOYMENT_END, "Maria Cole", "Halden Bank");
    }

    @Test
    void leavingAfterACommaTellsAnOutcome() {
        Extracted x = Extracted.of("Harlow Foods moved its packing line to Dover last year, leaving the town without its "
                + "biggest employer.", "2020-01-10");
        assertFalse(x.hasFactOfType(FactType.EMPLOYMENT_END), x.describeFacts());
        Extracted y = Extracted.of("Kestrel Bank said Tom Hale is leaving the company after 20 years.", "2020-01-10");
        y.requireFact(FactType.EMPLOYMENT_END, "Tom Hale", "Kestrel Bank");
    }

    @Test
    void aCompanyAfterAndIsNotTheOneDescribedAsBased() {
        Extracted x = Extracted.of("Talks stalled in May between the Denver-based lender and "
                + "Norvale Networks.", "2020-01-10");
        assertFalse(x.hasFactOfType(FactType.LOCATED_IN), x.describeFacts());
        Extracted y = Extracted.of("The Boston-based software and services firm Quill Systems raised money.", "2020-01-10");
        y.requireFact(FactType.LOCATED_IN, "Quill Systems", "Boston");
    }
}
