package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «أطلقت شركة X تطبيقا جديدا … ويتيح التطبيق "Y"»: an Arabic launch whose object is an indefinite product noun launched
 * the product named later after that noun made definite, or after «اسم» in the same sentence; the accusative noun
 * («تطبيقا») ends the company's name. Texts written here.
 */
class ArabicProductsNamedLaterTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أطلقت شركة نورفكس تطبيقا جديدا للدفع الإلكتروني في مصر. ويتيح التطبيق \"نوفا\" للمستخدمين تحويل الأموال مجانا.|نوفا",
            "أطلقت شركة نورفكس تطبيقا جديدا يحمل اسم \"نوفا\" للدفع الإلكتروني.|نوفا",
            "دشنت شركة نورفكس اليوم منصة رقمية للتجارة الإلكترونية. وقال المدير إن المنصة الجديدة \"سوقنا\" ستخدم آلاف التجار.|سوقنا"})
    void theProductNamedLaterWasLaunched(String text, String product) {
        Extracted x = Extracted.of("خبر\n" + text, "2025-05-05");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("نورفكس").type(), x.names());
        assertTrue(x.hasFactByAlias(FactType.PRODUCT_LAUNCH, "نورفكس", product), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أطلقت شركة نورفكس تطبيقا جديدا للدفع الإلكتروني في مصر. وينافس التطبيق الجديد تطبيق \"زاجل\" في الرسائل.",
            "أطلقت شركة نورفكس تطبيقا جديدا للدفع الإلكتروني في مصر. وتعمل المنصة \"سوقنا\" في الأردن."})
    void aProductWithANounOfItsOwnIsAnother(String text) {
        Extracted x = Extracted.of("خبر\n" + text, "2025-05-05");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.PRODUCT_LAUNCH), x.describeFacts());
    }
}
