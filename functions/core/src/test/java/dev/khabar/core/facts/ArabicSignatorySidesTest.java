package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «ووقع عن شركة X مديرها العام فلان، وعن شركة Y رئيسها التنفيذي علان», «من جانب X، الرئيس التنفيذي، فلان، فيما مثل Y،
 * …»: a signatory's title is held at the party named before it as the side he signs for.
 */
class ArabicSignatorySidesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ووقع الاتفاقية من جانب شركة زيفرا، الرئيس التنفيذي، السيد سامر حداد، فيما مثل مجموعة كوردا، الرئيس التنفيذي، السيد نبيل منصور، بحضور عدد من المسؤولين.|سامر حداد|زيفرا|نبيل منصور|كوردا",
            "ووقع المذكرة عن شركة زيفرا مديرها العام المهندس هاني سعيد، وعن شركة كوردا رئيسها التنفيذي رامي يوسف في مقر الوزارة.|هاني سعيد|زيفرا|رامي يوسف|كوردا",
            "ووقع العقد من طرف شركة زيفرا، المدير العام، ليلى عمران، ومن طرف شركة كوردا، الرئيس التنفيذي، كريم داود.|ليلى عمران|زيفرا|كريم داود|كوردا"})
    void eachSignatoryHoldsHisTitleAtTheSideHeSignsFor(String text, String first, String firstOrg, String second, String secondOrg) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, first, firstOrg), x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.ROLE, second, secondOrg), x.describeFacts());
        assertFalse(x.hasFactByAlias(FactType.ROLE, second, firstOrg), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت شركة زيفرا مذكرة تفاهم مع وزارة الطاقة. ووقع المذكرة عن الشركة مديرها العام هاني سعيد.|هاني سعيد|زيفرا",
            "أبرمت شركة كوردا اتفاقية مع بنك القاهرة. ووقع الاتفاقية عن الشركة رئيسها التنفيذي رامي يوسف.|رامي يوسف|كوردا",
            "وقعت شركة «زيفرا» عقدا مع هيئة الطرق. ووقعه عن الشركة مديرها التنفيذي سامر حداد.|سامر حداد|زيفرا"})
    void theCompanyASignatorySpeaksForMayBeReferredTo(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, person, org), x.describeFacts());
    }
}
