package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** Which date belongs to a deal, and which parties a plural or a list names. Texts written here. */
class DealDatesTest {
    @Test
    void dateOfARelativeAsideIsNotTheDeal() {
        Fact f = Extracted.of("Nimbus Labs, which raised $20 million in January, plans a joint venture with Oracle, the "
                + "company said.", "2024-05-10").requireFact(FactType.PARTNERSHIP, "Nimbus Labs", "Oracle");
        assertEquals("2024-05-10", f.date().value());
    }

    @Test
    void theCompaniesNameThePairAndTheirDayRefinesThePublicationMonth() {
        Extracted en = Extracted.of("Nimbus Labs has formed a partnership with Oracle. The companies announced the "
                + "partnership May 3 at Oracle's offices in Austin.", "2024-05-10");
        Fact f = en.requireFact(FactType.PARTNERSHIP, "Nimbus Labs", "Oracle");
        assertEquals("2024-05-03", f.date().value());
        assertEquals(1, en.document().facts().stream().filter(x -> x.type() == FactType.PARTNERSHIP).count(), en.describeFacts());
    }

    @Test
    void aTerminationAgreementOfThePairIsNoPartnership() {
        Extracted en = Extracted.of("Oracle acquired Nimbus Labs in 2021. The companies signed a termination agreement "
                + "on Friday.", "2024-05-10");
        assertTrue(en.document().facts().stream().noneMatch(f -> f.type() == FactType.PARTNERSHIP), en.describeFacts());
    }

    @Test
    void aStatedDayElsewhereInTimeDoesNotReplaceTheDealDate() {
        Extracted en = Extracted.of("Oracle acquired Nimbus Labs for $2 billion. Oracle first tried to acquire Nimbus Labs "
                + "in 2019.", "2024-05-10");
        assertEquals("2024-05-10", en.requireFact(FactType.ACQUISITION, "Oracle", "Nimbus Labs").date().value());
    }

    @Test
    void arabicListOfPartnersEachWithItsCueNoun() {
        Extracted ar = Extracted.of("وقعت أمازون مذكرة تفاهم مع شركة Nimbus Labs وشركة Rivet Motors.", "2024-05-10");
        ar.requireFact(FactType.PARTNERSHIP, "Amazon", "Nimbus Labs");
        ar.requireFact(FactType.PARTNERSHIP, "Amazon", "Rivet Motors");
    }
}
