package dev.khabar.core.general;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A company's long name whose trade ends in a ب-phrase («للأعمال البحرية بالحاويات») is closed by its short name in
 * quotes: the long name keeps the phrase and the quoted word is its other name, one company holding the deal.
 */
class ArabicQuotedShortNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ووقعت هيئة الموانئ عقدا مع الشركة الوطنية للنقل البحري بالحاويات \"نقلكو\" بقيمة 18 مليون ريال.|الشركة الوطنية للنقل البحري بالحاويات|نقلكو|هيئة الموانئ",
            "وأبرمت وزارة الزراعة عقدا مع الشركة العربية للري بالتنقيط \"أريج\" بقيمة 7 ملايين دينار.|الشركة العربية للري بالتنقيط|أريج|وزارة الزراعة"})
    void theQuotedShortNameClosesTheLongOne(String text, String longName, String shortName, String client) {
        Extracted e = Extracted.of(text, "2025-03-01");
        Entity company = e.spelled(longName).orElseThrow(() -> new AssertionError(e.names()));
        assertTrue(company.aliases().contains(shortName), e.names());
        assertEquals(1, e.document().entities().stream().filter(x -> x.aliases().contains(shortName)).count(), e.names());
        assertTrue(e.hasFactByAlias(FactType.CONTRACT, shortName, client) || e.hasFactByAlias(FactType.CONTRACT, longName, client),
                e.describeFacts());
    }
}
