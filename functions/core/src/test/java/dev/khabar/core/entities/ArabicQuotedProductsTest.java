package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «ساعتها الذكية الجديدة "بولس"», «محفظة "نقدي"»: a quoted name after the noun of a made thing, past its adjectives, is
 * that thing, as after a product noun with a masculine owner's «ه» («تطبيقه الجديد "نوفا"»); «مجموعة تلفانا تطبيق "…"»: a product's noun after a group's one-word name is what it launches, not the
 * name's second word, nor is a definite one («شركة نورفكس النسخة الجديدة من …») its genitive. Texts written here.
 */
class ArabicQuotedProductsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أطلقت شركة نورفكس، يوم الثلاثاء، ساعتها الذكية الجديدة \"بولس\".|نورفكس|بولس",
            "وطرحت شركة زيلكو محفظة \"نقدي\" الرقمية لعملائها في مصر.|زيلكو|نقدي",
            "كشفت شركة فالترا عن سيارتها الكهربائية \"سهم\" في معرض دبي.|فالترا|سهم",
            "أطلقت مجموعة تلفانا تطبيق \"أوربت باي\" للدفع عبر الهاتف في كينيا.|مجموعة تلفانا|أوربت باي",
            "أطلق بنك زيلكو تطبيقه الجديد \"نوفا\" للخدمات المصرفية.|بنك زيلكو|نوفا",
            "كشف مصرف زيلكو عن نموذجه \"سهم\" للذكاء الاصطناعي.|مصرف زيلكو|سهم"})
    void aQuotedNameAfterAMadeThingIsLaunched(String text, String maker, String product) {
        Extracted x = Extracted.of("خبر\n" + text, "2025-05-05");
        assertEquals(EntityType.PRODUCT, x.withAlias(product).type(), x.names());
        x.requireFact(FactType.PRODUCT_LAUNCH, maker, product);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أطلقت شركة نورفكس النسخة الجديدة من تطبيق \"زيتا\" أمس.|نورفكس",
            "وطرحت شركة زيلكو الساعة الذكية \"سهم\" في مصر.|زيلكو",
            "وقالت شركة مصافي الجنوب التابعة لوزارة النفط إن الإنتاج ارتفع.|مصافي الجنوب"})
    void aMadeThingIsNoGenitiveOfTheCompanysName(String text, String company) {
        Extracted x = Extracted.of("خبر\n" + text, "2025-05-05");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(company).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال مدير شركة نورفكس إن الساعة \"لا تكفي\" لإنهاء العمل.|نورفكس",
            "وتعاقدت مجموعة تلفانا مع شركة \"زيلكو\" لتطوير تطبيقاتها.|زيلكو",
            "وقال رئيس مجلس إدارته إن مصرف زيلكو حقق أرباحا \"قياسية\" هذا العام.|مصرف زيلكو"})
    void aQuotedNameWithNoMadeThingBeforeItIsNoProduct(String text, String company) {
        Extracted x = Extracted.of("خبر\n" + text, "2025-05-05");
        assertEquals(EntityType.ORGANIZATION, x.withAlias(company).type(), x.names());
        assertEquals(0, x.document().entities().stream().filter(e -> e.type() == EntityType.PRODUCT).count(), x.names());
    }
}
