package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «بالتزامن مع», «تزامنا مع», «تماشيا مع», «بالتوازي مع»: "at the time of", "in line with"; the «مع» names no party of
 * the deal, whatever organization follows. Texts written here.
 */
class ArabicConcurrenceTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "كشفت شركة فالترون عن صفقة توريد تأتي بالتزامن مع زيارة وفد من وزارة الطاقة الأردنية إلى فيينا.|فالترون|وزارة الطاقة الأردنية",
            "وقعت شركة نوفاترون اتفاقية تزامنا مع زيارة وفد شركة زيلماكس إلى الرياض.|نوفاترون|زيلماكس",
            "وقعت شركة نوفاترون اتفاقية شراكة تماشيا مع رؤية هيئة السياحة.|نوفاترون|هيئة السياحة"})
    void noPartyFollowsTheConcurrence(String text, String doer, String other) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.hasFactByAlias(FactType.PARTNERSHIP, doer, other), x.describeFacts());
        assertFalse(x.hasFactByAlias(FactType.CONTRACT, doer, other), x.describeFacts());
    }

    @Test
    void thePartnerBeforeTheConcurrenceStays() {
        Extracted x = Extracted.of("وقعت شركة نوفاترون اتفاقية شراكة مع شركة زيلماكس بالتزامن مع زيارة وزير الاقتصاد.",
                "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.PARTNERSHIP, "نوفاترون", "زيلماكس"), x.describeFacts());
    }
}
