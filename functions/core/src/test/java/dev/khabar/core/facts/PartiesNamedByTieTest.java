package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "Cerner's largest rival", "Acme's parent", «أكبر منافسي شركة X»: a party told only by its tie to a named company has
 * no name. Texts written here.
 */
class PartiesNamedByTieTest {
    @Test
    void aRivalBoughtIsNotTheCompanyItRivals() {
        Extracted en = Extracted.of("Oracle bought Cerner's largest competitor last year.", "2025-05-05");
        assertTrue(en.fact(FactType.ACQUISITION, "Oracle", "Cerner").isEmpty(), en.describeFacts());
    }

    @Test
    void aParentBuyingIsNotTheCompanyItOwns() {
        Extracted en = Extracted.of("Brightline's parent agreed to buy Corvid Systems.", "2025-05-05");
        assertTrue(en.fact(FactType.ACQUISITION, "Brightline", "Corvid Systems").isEmpty(), en.describeFacts());
    }

    @Test
    void aSupplierSignedWithIsNotItsCustomer() {
        Extracted en = Extracted.of("Velora signed a $40 million contract with Tesla's main battery supplier.", "2025-05-05");
        assertTrue(en.fact(FactType.CONTRACT, "Velora", "Tesla").isEmpty(), en.describeFacts());
    }

    @Test
    void theTiedPartysOwnNameAfterTheTieIsTheParty() {
        Extracted en = Extracted.of("Oracle bought Cerner's main rival Epicor.", "2025-05-05");
        en.requireFact(FactType.ACQUISITION, "Oracle", "Epicor");
        assertTrue(en.fact(FactType.ACQUISITION, "Oracle", "Cerner").isEmpty(), en.describeFacts());
    }

    @Test
    void aTieWordBeforeADealNounIsAnAdjective() {
        Extracted en = Extracted.of("Unilever's rival bid for Kestrel Freight was rejected.", "2025-05-05");
        en.requireFact(FactType.ACQUISITION, "Unilever", "Kestrel Freight");
    }

    @Test
    void anArabicRivalInTheGenitiveIsNotTheParty() {
        Extracted ar = Extracted.of("استحوذت شركة أوراكل على أكبر منافسي شركة سيرنر العام الماضي.", "2025-05-05");
        assertTrue(ar.document().facts().isEmpty(), ar.describeFacts());
        Extracted invested = Extracted.of("استثمرت شركة أوريون في منافس أمازون.", "2025-05-05");
        assertTrue(invested.document().facts().isEmpty(), invested.describeFacts());
    }

    @Test
    void anArabicCompanyNamedWithoutATieIsTheParty() {
        Extracted ar = Extracted.of("استحوذت شركة أوراكل على شركة سيرنر العام الماضي.", "2025-05-05");
        assertTrue(ar.hasFactByAlias(FactType.ACQUISITION, "أوراكل", "سيرنر"), ar.describeFacts());
    }
}
