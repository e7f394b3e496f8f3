package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «استثمارية» describes a thing and states no investment; «بالتعاون» after a body's name is no part of it. */
class ArabicAdjectivesOfDealsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلن بنك الاتحاد عن إطلاق محفظة بقيمة استثمارية تصل إلى 300 مليون دولار مع شركة نوفا.",
            "وتبحث شركة نوفا عن فرص استثمارية جديدة لدى بنك الاتحاد.",
            "وقدمت شركة نوفا حلولا استثمارية لعملاء بنك الاتحاد."})
    void theAdjectiveOfInvestmentStatesNoInvestment(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.INVESTMENT), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلن بنك الاتحاد بالتعاون مع شركة نوفا عن إطلاق برنامج جديد.",
            "وأطلقت هيئة السياحة بالشراكة مع شركة نوفا منصة رقمية.",
            "وقالت وزارة الصحة بالتنسيق مع شركة نوفا إن الحملة بدأت."})
    void aPrepositionWithTheArticleEndsABodysName(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.name().contains(" بال")), x.names());
    }
}
