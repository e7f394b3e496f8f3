package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «تطبيق (رحلة)»: after a product's noun a single word in parentheses is the product's name (after a company's cue it
 * stays a short name); and a product's noun after a company's name ends that name («شركة كريم تطبيق …»). Texts written
 * here.
 */
class ArabicProductNounsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أطلقت شركة نوفاتك تطبيق (فليكسا) للدفع الإلكتروني.|فليكسا|نوفاتك",
            "أطلقت شركة كريم تطبيق (كريم بلس) في الإمارات.|كريم بلس|كريم",
            "أطلقت شركة فالكو منصة (فالكو باي) للمدفوعات في مصر.|فالكو باي|فالكو"})
    void theProductInParenthesesIsTheCompanysLaunch(String text, String product, String company) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.PRODUCT, e.withAlias(product).type(), e.names());
        assertEquals(EntityType.ORGANIZATION, e.withAlias(company).type(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقالت الشركة إن تطبيق (رحلة) حقق مليون تحميل.|رحلة"})
    void aSingleWordAfterAProductNounIsTheProduct(String text, String product) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.PRODUCT, e.withAlias(product).type(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استحوذت مجموعة لومينا القابضة (لومينا) على شركة بريستون.|لومينا",
            "وقعت شركة كاندو تك اتفاقية مع بنك الرياض.|كاندو تك"})
    void aCompanysNamesStayTheCompanys(String text, String name) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.document().entities().stream().noneMatch(x -> x.type() == EntityType.PRODUCT), e.names());
        assertTrue(e.document().entities().stream().anyMatch(x -> x.type() == EntityType.ORGANIZATION
                && (x.aliases().contains(name) || x.aliases().stream().anyMatch(a -> a.contains(name)))), e.names());
    }
}
