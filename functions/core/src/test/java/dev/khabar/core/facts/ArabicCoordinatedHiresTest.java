package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Arabic hires of several people joined by «و»: right after one another («عينت X فلانا وفلانا عضوين») or each after
 * the other's accusative title («تعيين A رئيسا تنفيذيا وB مديرا ماليا»), each with the post after the name; the «و»
 * glued to a given name is no part of the name. Texts written here.
 */
class ArabicCoordinatedHiresTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-03-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة سدير للطاقة تعيين فهد السالم رئيسا تنفيذيا وماجد الدوسري مديرا ماليا.|ماجد الدوسري|سدير للطاقة|CFO",
            "أعلنت شركة سدير للطاقة تعيين فهد السالم رئيسا تنفيذيا، وسامي الحربي مديرا للعمليات.|سامي الحربي|سدير للطاقة|director of operations",
            "عين بنك الرواد هند العلي مديرة عامة وخالد العتيبي مديرا ماليا.|خالد العتيبي|بنك الرواد|CFO"})
    void eachHiredTakesThePostAfterTheName(String text, String person, String org, String role) {
        Extracted e = x(text);
        assertTrue(e.document().facts().stream().anyMatch(f -> f.type() == FactType.EMPLOYMENT_START
                && f.subject().equals(e.withAlias(person).id()) && f.object().equals(e.withAlias(org).id())
                && role.equals(f.role())), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "عينت شركة سدير للطاقة فهد السالم وماجد الدوسري عضوين في مجلس إدارتها.|ماجد الدوسري|سدير للطاقة"})
    void aPersonJoinedToTheHiredIsHired(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.hasFactByAlias(FactType.EMPLOYMENT_START, person, org), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "عينت شركة سدير للطاقة فهد السالم رئيسا تنفيذيا وهنأه ماجد الدوسري بالمنصب.",
            "عينت شركة سدير للطاقة فهد السالم رئيسا تنفيذيا، وقال ماجد الدوسري إن القرار صائب."})
    void onlyAPersonRightAfterTheTitleIsHired(String text) {
        Extracted e = x(text);
        assertEquals(1, e.document().facts().stream().filter(f -> f.type() == FactType.EMPLOYMENT_START).count(),
                e.describeFacts());
    }
}
