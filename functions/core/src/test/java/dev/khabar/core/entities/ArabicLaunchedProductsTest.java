package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «أطلقت X تطبيق فيرو»: after a launch verb, the unquoted name right after the noun of the thing launched (past its
 * definite adjectives, with a model number) is the product; common adjectives, verbal nouns, constructs and a clause
 * told after «أن» name none. Texts written here.
 */
class ArabicLaunchedProductsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أطلقت شركة نارو تطبيق فيرو للدفع الإلكتروني.|نارو|فيرو",
            "أعلنت شركة نارو عن إطلاق منصة فيرو للتجارة الإلكترونية.|نارو|فيرو",
            "كشفت شركة نارو عن هاتفها الجديد فيرو 5.|نارو|فيرو 5",
            "تطلق شركة نارو سيارتها الكهربائية فيرو في الأسواق السعودية.|نارو|فيرو",
            "أطلق بنك فالتا بطاقة فيرو الائتمانية.|بنك فالتا|فيرو"})
    void theNameAfterTheNounIsTheProduct(String text, String company, String product) {
        Extracted e = Extracted.of(text, "2025-03-10");
        assertEquals(EntityType.PRODUCT, e.withAlias(product).type(), e.names());
        assertTrue(e.hasFactByAlias(FactType.PRODUCT_LAUNCH, company, product), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أطلقت شركة نارو تطبيقا جديدا للعملاء.",
            "أطلقت شركة نارو خدمة توصيل الطلبات في الرياض.",
            "أطلقت شركة نارو خدمة دفع جديدة.",
            "أطلقت شركة نارو منصة تداول للأسهم.",
            "أطلقت شركة نارو تطبيقا يتيح للمستخدمين الدفع.",
            "كشفت الشركة أن تطبيقها الجديد سيطلق قريبا.",
            "أطلقت شركة نارو منصة لتسهيل عمليات الدفع.",
            "أطلقت شركة نارو خدمة تسمح للعملاء بالدفع.",
            "أطلقت شركة نارو تطبيقا مصرفيا للأفراد."})
    void noNameFollowsTheNoun(String text) {
        Extracted e = Extracted.of(text, "2025-03-10");
        assertTrue(e.document().entities().stream().noneMatch(x -> x.type() == EntityType.PRODUCT), e.names());
    }
}
