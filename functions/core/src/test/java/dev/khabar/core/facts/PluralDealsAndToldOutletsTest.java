package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "deals" as "deal": the kind told by the deal words around it; and the outlet a company "told" is no party to what it
 * tells ("told Tech Weekly it signed deals with X"). Texts written here.
 */
class PluralDealsAndToldOutletsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Norvik won contracts last year. Norvik signed deals with Alpha Mobile, Beta Telecom and Gamma Net. | Norvik | Gamma Net",
            "Norvik won 5G contracts from three operators. Norvik told Tech Weekly it signed framework deals for 2025 with Alpha Mobile and Beta Telecom. | Norvik | Beta Telecom",
            "Delcor won supply contracts in May. The firm told the Gulf Daily it inked deals with Orbis Power. | Delcor | Orbis Power"})
    void eachPartyOfPluralContractDealsHoldsOne(String text, String holder, String client) {
        Extracted e = x(text);
        e.requireFact(FactType.CONTRACT, holder, client);
    }

    @Test
    void theOutletToldIsNoParty() {
        Extracted e = x("Norvik won 5G contracts from three operators. Norvik told Tech Weekly it signed deals with Alpha Mobile.");
        assertTrue(e.fact(FactType.CONTRACT, "Tech Weekly", "Alpha Mobile").isEmpty(), e.describeFacts());
    }

    @Test
    void dealsCountedWithNoPartyNamedMakeNone() {
        Extracted e = x("The region recorded $37bn of deals signed in October, Orbis Research said.");
        assertTrue(e.document().facts().isEmpty(), e.describeFacts());
    }
}
