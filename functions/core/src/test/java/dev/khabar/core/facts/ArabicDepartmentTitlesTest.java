package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «مدير الاتصال الحكومي في وزارة X فلان», «فلان، المدير التنفيذي لقطاع الحسابات في X»: a title heads a department named
 * by a few definite words, and the organization follows «في» or «لدى».
 */
class ArabicDepartmentTitlesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأشار مدير الاتصال الحكومي في شركة «زيفرا» المهندس سامر حداد إلى أن المشروع الأول من نوعه.|سامر حداد|زيفرا",
            "وقال رئيس الشؤون القانونية لدى شركة كوردا نبيل منصور إن العقد نافذ.|نبيل منصور|كوردا",
            "وأكدت مديرة الموارد البشرية في شركة زيفرا ليلى عمران أن التوظيف مستمر.|ليلى عمران|زيفرا"})
    void theDepartmentStandsBetweenTheTitleAndItsOrganization(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, person, org), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة نوفا نتائجها. وقال هاني سعيد، المدير التنفيذي لقطاع الحسابات المركزية في شركة زيفرا، إن الأرباح نمت.|هاني سعيد|زيفرا",
            "أعلنت شركة نوفا نتائجها. وقال رامي يوسف، مدير العلاقات العامة لدى شركة كوردا، إن الطلب قوي.|رامي يوسف|كوردا",
            "أعلنت شركة نوفا نتائجها. وأوضح كريم داود، رئيس الخدمات المصرفية الرقمية في بنك زيفرا، أن التطبيق جاهز.|كريم داود|بنك زيفرا"})
    void anApposedTitleOfADepartmentIsHeldAtTheOrganizationAfterIt(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, person, org), x.describeFacts());
    }
}
