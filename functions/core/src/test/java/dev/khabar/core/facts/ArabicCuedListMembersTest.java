package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «شركة X وصندوق Y», «صندوق X ومجموعة Y»: a cue noun carrying و opens the next party of a list, so the name before it
 * ends there and each party gets its fact. A body's joined field («هيئة الكهرباء والماء») stays one name.
 */
class ArabicCuedListMembersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "جمعت شركة زاجل للتقنية 10 ملايين دولار من مستثمرين مثل شركة نماء فنتشرز وصندوق واعد.|نماء فنتشرز|صندوق واعد",
            "جمعت شركة زاجل للتقنية 10 ملايين دولار بمشاركة صندوق الريادة ومجموعة السديم القابضة.|صندوق الريادة|مجموعة السديم القابضة",
            "جمعت شركة زاجل للتقنية 10 ملايين دولار من مستثمرين مثل شركة نماء فنتشرز وصندوق واعد وبنك الأمل.|نماء فنتشرز|بنك الأمل"})
    void eachCuedPartyIsAnInvestor(String text, String first, String second) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.INVESTMENT, first, "زاجل للتقنية"), x.names() + x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.INVESTMENT, second, "زاجل للتقنية"), x.names() + x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت هيئة الكهرباء والماء اتفاقية مع وزارة الاتصالات وتقنية المعلومات.|هيئة الكهرباء والماء|وزارة الاتصالات وتقنية المعلومات"})
    void aJoinedFieldWithNoCueStaysInTheName(String text, String first, String second) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.PARTNERSHIP, first, second) || x.hasFactByAlias(FactType.PARTNERSHIP, second, first),
                x.names() + x.describeFacts());
    }
}
