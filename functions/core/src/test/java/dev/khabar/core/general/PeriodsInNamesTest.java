package dev.khabar.core.general;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;

/** Initials and abbreviations written with a period neither end a sentence nor split a name. */
class PeriodsInNamesTest {
    @Test
    void initialsStayInTheName() {
        Extracted x = Extracted.of("The work went to R.T. Vance Builders, officials said. K.L. Marsh Partners advised.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("R.T. Vance Builders").type());
        x.requireEntity("K.L. Marsh Partners");
    }

    @Test
    void aCompanySuffixWinsOverAGivenName() {
        Extracted x = Extracted.of("Analysts said The Warren Co. won the bid over Douglas Inc. in May.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Warren Co").type());
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Douglas Inc").type());
    }

    @Test
    void saintsAndJuniorsKeepTheirPeriods() {
        Extracted x = Extracted.of("The plant opens in St. Cloud next year, said Owen Hale Jr., the mayor.", "2025-01-01");
        assertEquals(EntityType.LOCATION, x.requireEntity("St. Cloud").type());
        assertEquals(EntityType.PERSON, x.requireEntity("Owen Hale Jr").type());
    }
}
