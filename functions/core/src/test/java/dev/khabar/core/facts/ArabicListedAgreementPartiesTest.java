package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «وقعت X اتفاقيات مع A وB»: a plural agreement noun is read as the singular one, one agreement with each company
 * listed; with work after the list («مع شركتي A وB لتنفيذ …») each listed company holds a contract with the signer.
 * Texts written here.
 */
class ArabicListedAgreementPartiesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت بلدية الرياض اتفاقيات مع سيمنز وتوشيبا خلال المعرض.|بلدية الرياض|سيمنز|توشيبا"})
    void pluralAgreementsAreOneWithEach(String text, String signer, String a, String b) {
        Extracted x = Extracted.of("خبر\n" + text, "2025-06-03");
        assertTrue(x.hasFactByAlias(FactType.PARTNERSHIP, signer, a), x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.PARTNERSHIP, signer, b), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت وزارة الإسكان اتفاقيات مع شركتي سيمنز وتوشيبا لتنفيذ محطات التحلية الجديدة.|وزارة الإسكان|سيمنز|توشيبا",
            "ووقعت وزارة الإسكان مذكرات تفاهم مع شركتي سيمنز وتوشيبا لتوريد المولدات.|وزارة الإسكان|سيمنز|توشيبا"})
    void eachListedCompanyHoldsTheWork(String text, String client, String a, String b) {
        Extracted x = Extracted.of("خبر\n" + text, "2025-06-03");
        assertTrue(x.hasFactByAlias(FactType.CONTRACT, a, client), x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.CONTRACT, b, client), x.describeFacts());
        assertFalse(x.hasFactOfType(FactType.PARTNERSHIP), x.describeFacts());
    }
}
