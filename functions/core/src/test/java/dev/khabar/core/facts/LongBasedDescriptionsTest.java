package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "X-based" descriptions that run long before the name: many describing words, hyphened compounds ("on-demand") and a
 * bracketed gloss; and a description whose clause ends before another firm's name. Texts written here.
 */
class LongBasedDescriptionsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Oslo-based dental and oral care imaging software maker Brellix has raised $12 million.|Brellix|Oslo",
            "Madrid-based on-demand laundry platform Vontra raised another $40m.|Vontra|Madrid",
            "Lyon-headquartered food delivery (quick-commerce) startup Quorra is cutting 150 jobs.|Quorra|Lyon"})
    void theNameAfterALongDescriptionIsTheOneBased(String text, String org, String place) {
        x(text).requireFact(FactType.LOCATED_IN, org, place);
    }

    @Test
    void aNamePastWhileBelongsToAnotherClause() {
        Extracted e = x("Quorra is Lisbon-based ticketing app maker while Vantix is Texas-based online pet store.");
        e.requireFact(FactType.LOCATED_IN, "Quorra", "Lisbon");
        e.requireFact(FactType.LOCATED_IN, "Vantix", "Texas");
        assertTrue(e.fact(FactType.LOCATED_IN, "Vantix", "Lisbon").isEmpty(), e.describeFacts());
    }

    @Test
    @Timeout(10)
    void aBracketLeftOpenEndsTheDescription() {
        Extracted e = x("Lisbon-based ticketing (app maker Quorra raised $5 million from investors in the spring of that year.");
        assertTrue(e.fact(FactType.LOCATED_IN, "Quorra", "Lisbon").isEmpty(), e.describeFacts());
    }
}
