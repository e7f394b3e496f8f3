package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «عقدت X مذكرة تفاهم مع Y», «عقدت X شراكة مع Y»: the verb «عقد» concludes a memorandum, a partnership or an alliance,
 * which its own noun tells; the verb is no contract («عقد»), whereas a contract signed stays one. Texts written here.
 */
class ArabicConcludedPactsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "عقدت شركة نوفاترون شراكة مع شركة زيلماكس.|نوفاترون|زيلماكس",
            "عقدت شركة نوفاترون شراكة استراتيجية مع شركة زيلماكس في مجال الطاقة.|نوفاترون|زيلماكس",
            "عقد بنك الندى تحالفا مع شركة ريموتك لخدمات الدفع.|بنك الندى|ريموتك"})
    void thePactIsAPartnershipAndNoContract(String text, String one, String other) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.PARTNERSHIP, one, other) || x.hasFactByAlias(FactType.PARTNERSHIP, other, one),
                x.describeFacts());
        assertFalse(x.hasFactOfType(FactType.CONTRACT), x.describeFacts());
    }

    @Test
    void aMemorandumConcludedIsNoContract() {
        Extracted x = Extracted.of("عقدت شركة كوانتيكا مذكرة تفاهم مع شركة ميرالين لتعزيز التعاون بين الجانبين.", "2025-01-01");
        assertFalse(x.hasFactOfType(FactType.CONTRACT), x.describeFacts());
    }

    @Test
    void aContractSignedStaysOne() {
        Extracted x = Extracted.of("وقعت شركة نوفاترون عقدا مع شركة زيلماكس لتوريد معدات طبية بقيمة مليون دولار.", "2025-01-01");
        assertTrue(x.hasFactOfType(FactType.CONTRACT), x.describeFacts());
    }
}
