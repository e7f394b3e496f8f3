package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cooperation only talked of — "discussed ways of collaboration", «لبحث سبل التعاون», "partnership talks" — is no
 * partnership; one signed for a purpose is. Texts written here.
 */
class DealsTalkedOfTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "عقدت شركة زيفر اجتماعا مع بنك الرياض لبحث سبل التعاون.|PARTNERSHIP",
            "بحث بنك الرياض مع شركة زيفر أوجه التعاون المشترك.|PARTNERSHIP",
            "ناقشت شركة زيفر مع بنك الرياض فرص تعزيز التعاون في مجال الدفع.|PARTNERSHIP",
            "Oryx Bank said it was in partnership talks with Qortex.|PARTNERSHIP",
            "Oryx Bank and Qortex discussed ways of collaboration at the meeting.|PARTNERSHIP",
            "Oryx Bank is exploring opportunities for collaboration with Qortex.|PARTNERSHIP",
            "Halvex Systems has entered contract negotiations with Norlen Aerospace.|CONTRACT"})
    void talksAreNoDeal(String text, String type) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.hasFactOfType(FactType.valueOf(type)), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت شركة زيفر مذكرة تفاهم مع بنك الرياض لتعزيز التعاون في مجال الدفع.|زيفر|بنك الرياض",
            "Oryx Bank signed a partnership with Qortex to explore new markets.|Oryx Bank|Qortex"})
    void aPartnershipSignedStays(String text, String a, String b) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.PARTNERSHIP, a, b), x.describeFacts());
    }
}
