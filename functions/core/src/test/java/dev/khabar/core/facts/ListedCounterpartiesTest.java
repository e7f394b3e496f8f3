package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "supplies turbines to A, B and C", "provide A and B with loans", "signed agreements with A and B to build …": every
 * company listed as the other side gets its own fact, not only the first, and so does every doer coordinated before
 * the verb ("A and B will supply …", "A and B signed a memorandum of understanding with C"); plural agreement nouns are read as the
 * singular ones are, and the worth of several deals is their total, no one party's. Texts written here.
 */
class ListedCounterpartiesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Brantwick Power will supply turbines to Osterfeld Grid, Calloway Energy and Minsk Hydro next year.|Brantwick Power|Osterfeld Grid|Calloway Energy|Minsk Hydro",
            "Harlow Bank will provide Osterfeld Grid, Calloway Energy and Minsk Hydro with loans.|Harlow Bank|Osterfeld Grid|Calloway Energy|Minsk Hydro",
            "Brantwick Power signed agreements with Osterfeld Grid, Calloway Energy and Minsk Hydro to install smart meters.|Brantwick Power|Osterfeld Grid|Calloway Energy|Minsk Hydro"})
    void everyListedClientHoldsAContract(String text, String supplier, String a, String b, String c) {
        Extracted x = Extracted.of(text, "2025-03-02");
        for (String client : new String[] {a, b, c}) {
            x.requireFact(FactType.CONTRACT, supplier, client);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Brantwick Power and Harlow Energy will supply turbines to Osterfeld Grid.|CONTRACT|Brantwick Power|Harlow Energy|Osterfeld Grid",
            "Brantwick Power and Harlow Energy signed a memorandum of understanding with Osterfeld Grid on Monday.|PARTNERSHIP|Brantwick Power|Harlow Energy|Osterfeld Grid"})
    void everyCoordinatedDoerMakesTheDeal(String text, String type, String a, String b, String other) {
        Extracted x = Extracted.of(text, "2025-03-02");
        x.requireFact(FactType.valueOf(type), a, other);
        x.requireFact(FactType.valueOf(type), b, other);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Norwell Airways signed deals with Vellor Aero and Kestrin Jets to buy 30 regional planes.|Norwell Airways|Vellor Aero|Kestrin Jets"})
    void sellersListedForGoodsEachHoldTheContract(String text, String buyer, String a, String b) {
        Extracted x = Extracted.of(text, "2025-03-02");
        x.requireFact(FactType.CONTRACT, a, buyer);
        x.requireFact(FactType.CONTRACT, b, buyer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Brantwick Power signed agreements with Osterfeld Grid and Calloway Energy to study hydrogen storage.|Brantwick Power|Osterfeld Grid|Calloway Energy",
            "Brantwick Power signed memorandums of understanding with Osterfeld Grid and Calloway Energy on Tuesday.|Brantwick Power|Osterfeld Grid|Calloway Energy"})
    void pluralAgreementsWithoutWorkArePartnerships(String text, String signer, String a, String b) {
        Extracted x = Extracted.of(text, "2025-03-02");
        assertTrue(x.hasFactByAlias(FactType.PARTNERSHIP, signer, a), x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.PARTNERSHIP, signer, b), x.describeFacts());
        assertTrue(!x.hasFactOfType(FactType.CONTRACT), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Brantwick Power signed separate agreements worth $900 million with Osterfeld Grid and Calloway Energy to build substations.|Brantwick Power|Osterfeld Grid|Calloway Energy"})
    void theWorthOfSeveralDealsIsNoOnePartys(String text, String supplier, String a, String b) {
        Extracted x = Extracted.of(text, "2025-03-02");
        assertNull(x.requireFact(FactType.CONTRACT, supplier, a).amount(), x.describeFacts());
        assertNull(x.requireFact(FactType.CONTRACT, supplier, b).amount(), x.describeFacts());
    }
}
