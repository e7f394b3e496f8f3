package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «رئيس X، فلان، ورئيس Y، علان»: each title of a coordinated pair is held by the name apposed after it; the name before
 * the و holds the first title only. «من جانب X، الرئيس التنفيذي، فلان، فيما مثل Y، …», «عن شركة X مديرها العام فلان»:
 * a signatory's title is held at the side he signs for, named before it.
 */
class ArabicSignatoryPairsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ووقع الاتفاقية رئيس شركة زيفرا، سامر حداد، ورئيس شركة كوردا، نبيل منصور.|سامر حداد|زيفرا|نبيل منصور|كوردا",
            "وحضر التوقيع الرئيس التنفيذي لشركة زيفرا، ليلى عمران، والرئيس التنفيذي لشركة كوردا، كريم داود.|ليلى عمران|زيفرا|كريم داود|كوردا",
            "ووقعها المدير العام لشركة زيفرا، هاني سعيد، و مدير عام شركة كوردا، رامي يوسف، في دبي.|هاني سعيد|زيفرا|رامي يوسف|كوردا",
            "ووقع الاتفاقية من جانب شركة زيفرا، الرئيس التنفيذي، السيد سامر حداد، فيما مثل مجموعة كوردا، الرئيس التنفيذي، السيد نبيل منصور، بحضور عدد من المسؤولين.|سامر حداد|زيفرا|نبيل منصور|كوردا",
            "ووقع المذكرة عن شركة زيفرا مديرها العام المهندس هاني سعيد، وعن شركة كوردا رئيسها التنفيذي رامي يوسف في مقر الوزارة.|هاني سعيد|زيفرا|رامي يوسف|كوردا",
            "ووقع العقد من طرف شركة زيفرا، المدير العام، ليلى عمران، ومن طرف شركة كوردا، الرئيس التنفيذي، كريم داود.|ليلى عمران|زيفرا|كريم داود|كوردا"})
    void eachTitleOfAPairGoesToTheNameAfterIt(String text, String first, String firstOrg, String second, String secondOrg) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, first, firstOrg), x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.ROLE, second, secondOrg), x.describeFacts());
        assertFalse(x.hasFactByAlias(FactType.ROLE, first, secondOrg), x.describeFacts());
        assertFalse(x.hasFactByAlias(FactType.ROLE, second, firstOrg), x.describeFacts());
    }
}
