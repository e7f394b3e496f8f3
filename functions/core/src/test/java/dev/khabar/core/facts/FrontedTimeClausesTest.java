package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Months after it raised $5 million, Ghanaian startup Lakra has acquired Bonto": a clause opening on a measure of time
 * and "after" tells a deed of the main clause's subject, named after the comma (behind its description), and its sum
 * is no part of the main clause's deal. Texts written here.
 */
class FrontedTimeClausesTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "Months after it raised $5 million in a seed round, Ghanaian startup Lakra has acquired Bonto.",
            "Barely a year after it completed a USD 5 Mn seed round, Egyptian logistics startup, Lakra, has announced the acquisition of Bonto."})
    void theOpeningClauseIsTheSubjectsRoundAndKeepsItsSum(String text) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(5000000L, e.requireFact(FactType.FUNDING_ROUND, "Lakra", null).amount().value().longValue(), e.describeFacts());
        assertNull(e.requireFact(FactType.ACQUISITION, "Lakra", "Bonto").amount(), e.describeFacts());
    }

    @Test
    void theMainDealKeepsItsOwnSum() {
        Extracted e = Extracted.of("Weeks after it raised $5 million, Lakra bought Bonto for $2 million.", "2024-05-10");
        assertEquals(2000000L, e.requireFact(FactType.ACQUISITION, "Lakra", "Bonto").amount().value().longValue(), e.describeFacts());
    }

    @Test
    void aSpacedScaleIsNoName() {
        Extracted e = Extracted.of("Kenyan startup Lakra closed a USD 12 Mn Series A round in March.", "2024-05-10");
        assertEquals(java.util.Optional.empty(), e.entity("Mn"), e.names());
        assertEquals(12000000L, e.requireFact(FactType.FUNDING_ROUND, "Lakra", null).amount().value().longValue());
    }
}
