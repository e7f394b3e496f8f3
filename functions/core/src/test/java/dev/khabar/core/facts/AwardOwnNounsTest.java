package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * The contract noun an award governs («ترسية عقود») is the award's, so two companies awarding it together hold no
 * contract with each other; "is awarding" is no passive. Texts written here.
 */
class AwardOwnNounsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void companiesAwardingContractsTogetherAreNoPair() {
        Extracted e = x("وقّعت شركة سابك وشركة باسف على ترسية عقود بناء المصنع الجديد.");
        assertTrue(e.fact(FactType.CONTRACT, "SABIC", "BASF").isEmpty(), e.describeFacts());
        assertTrue(e.fact(FactType.CONTRACT, "BASF", "SABIC").isEmpty(), e.describeFacts());
        Extracted t = x("ووقعت شركة المراعي، وشركة نستله اليوم، على ترسية عقود الهندسة والبناء بقيمة 2 مليار دولار.");
        assertTrue(t.fact(FactType.CONTRACT, "Nestlé", "Almarai").isEmpty(), t.describeFacts());
    }

    @Test
    void anAwardWithItsHolderStillTellsTheContract() {
        x("أرست شركة أرامكو عقدا على شركة سامسونج للهندسة لبناء معمل غاز.")
                .requireFact(FactType.CONTRACT, "سامسونج للهندسة", "Saudi Aramco");
    }

    @Test
    void aBodyThatIsAwardingContractsIsTheirClient() {
        x("The Navy is awarding contracts to Halvor Marine for six patrol boats.")
                .requireFact(FactType.CONTRACT, "Halvor Marine", "Navy");
    }
}
