package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «مدير عام شركة X في المنطقة الشرقية فلان»: a place after the employer (its branch or region) comes before the holder. */
class ArabicTitleBranchPlacesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال الرئيس التنفيذي لشركة سابك في السعودية خالد الدباغ إن الطلب قوي.|خالد الدباغ|SABIC|CEO",
            "وقال مدير شركة سابك بالرياض خالد الدباغ إن الطلب قوي.|خالد الدباغ|SABIC|director",
            "وقالت الرئيسة التنفيذية لشركة سابك في الرياض، نورة الدوسري، إن الطلب قوي.|نورة الدوسري|SABIC|CEO",
            "وأكد مدير عام شركة سابك في المنطقة الشرقية المهندس فهد القحطاني أن المبيعات ارتفعت.|فهد القحطاني|SABIC|director general"})
    void aPlaceAfterTheEmployerStandsBeforeTheHolder(String text, String person, String org, String role) {
        Extracted x = Extracted.of(text, "2025-01-01");
        String p = x.withAlias(person).id();
        String o = x.withAlias(org).id();
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.ROLE && f.subject().equals(p)
                && o.equals(f.object()) && role.equals(f.role())), x.document().facts().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "التقى الرئيس التنفيذي لشركة سابك في الرياض بالأمير محمد بن سلمان.|محمد بن سلمان",
            "وقع مدير شركة سابك في الرياض وخالد الدباغ الاتفاقية.|خالد الدباغ"})
    void noNameRightAfterThePlaceHoldsNothing(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        String p = x.withAlias(person).id();
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.ROLE && f.subject().equals(p)),
                x.document().facts().toString());
    }
}
