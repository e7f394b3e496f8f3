package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "A was an early seed investor in X", "an angel investor in X": the kind of investor still says what A is; "X,
 * which is incorporated in Mauritius": the place of incorporation is X's legal seat. Texts written here.
 */
class InvestorKindsAndIncorporationTest {
    @ParameterizedTest
    @ValueSource(strings = {"was an early seed investor in", "is an angel investor in", "was the anchor investor in"})
    void aKindOfInvestorIsAnInvestor(String link) {
        Extracted e = Extracted.of("Markets rose on Monday.\nKestrel Capital " + link + " Lumora, backing its growth.", "2024-05-10");
        e.requireFact(FactType.INVESTMENT, "Kestrel Capital", "Lumora");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Lumora, which is incorporated in Mauritius, sells tea across the region.",
            "Lumora, a software firm, has staff in Kenya though incorporated in Mauritius."})
    void thePlaceOfIncorporationIsASeat(String text) {
        Extracted.of("Markets rose on Monday.\n" + text, "2024-05-10").requireFact(FactType.LOCATED_IN, "Lumora", "Mauritius");
    }

    @Test
    void incorporatingSomethingIsNoSeat() {
        Extracted e = Extracted.of("Markets rose on Monday.\nLumora Group has incorporated new sensors in Kenya's largest plant.",
                "2024-05-10");
        assertFalse(e.hasFactOfType(FactType.LOCATED_IN), e.describeFacts());
    }
}
