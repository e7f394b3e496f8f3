package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «ووقع المذكرة عن الشركة مديرها العام فلان»: the side a signatory signs for may be the company the story told of. */
class ArabicSignatorySidesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت شركة زيفرا مذكرة تفاهم مع وزارة الطاقة. ووقع المذكرة عن الشركة مديرها العام هاني سعيد.|هاني سعيد|زيفرا",
            "أبرمت شركة كوردا اتفاقية مع بنك القاهرة. ووقع الاتفاقية عن الشركة رئيسها التنفيذي رامي يوسف.|رامي يوسف|كوردا",
            "وقعت شركة «زيفرا» عقدا مع هيئة الطرق. ووقعه عن الشركة مديرها التنفيذي سامر حداد.|سامر حداد|زيفرا"})
    void theCompanyASignatorySpeaksForMayBeReferredTo(String text, String person, String org) {
        assertTrue(Extracted.of(text, "2025-01-01").hasFactByAlias(FactType.ROLE, person, org), text);
    }
}
