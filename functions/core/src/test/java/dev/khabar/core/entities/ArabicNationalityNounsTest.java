package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «عين البرتغالي فلان»: a masculine nationality with the article standing as a noun, "the Portuguese", after a verb of
 * appointing or saying or a preposition, names the person after it. Texts written here.
 */
class ArabicNationalityNounsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وعين مجلس الإدارة أمس البرتغالي فيتور ماركيز مديرا عاما للمصنع.|فيتور ماركيز",
            "وحل في المرتبة الثانية بعد النرويجي هالفارد سكوغ في الترتيب.|هالفارد سكوغ",
            "وقال السويسري أوربان ريتر إن الخطة طموحة.|أوربان ريتر"})
    void theNamesAfterTheNationalityArePersons(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.withAlias(person).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال البنك الإيطالي فينكو نورد إن الأرباح ارتفعت.|فينكو نورد",
            "وارتفع سعر صرف الدرهم الإماراتي مقابل الين.|سعر صرف",
            "وبذلك يصبح أول مدير غير ألماني يترأس مبتكر المحركات الحديثة.|يترأس مبتكر"})
    void aNationalityDescribingTheNounBeforeItNamesNoPerson(String text, String words) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.spelled(words).map(e -> e.type() != EntityType.PERSON).orElse(true), x.names());
    }
}
