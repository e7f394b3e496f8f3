package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Posts stacked after one name, each with its own employer: «X، الرئيس التنفيذي لشركة A، عضو مجلس إدارة B»; a co-
 * or interim title («الرئيس المشارك المؤقت لمجلس إدارة B») is held at B too.
 */
class ArabicStackedTitlesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال سامي الحربي، الرئيس التنفيذي لشركة سابك، عضو مجلس إدارة بنك الراجحي، إن السوق قوي.|سامي الحربي|بنك الراجحي",
            "وحضر الحفل خالد العمري رئيس مجلس إدارة \"بنك الرياض\"، والرئيس المشارك لمجلس إدارة شركة المراعي.|خالد العمري|المراعي",
            "وأكد نادر القحطاني، رئيس مجلس إدارة شركة أرامكو، والرئيس المشارك المؤقت لمجلس إدارة شركة معادن، أن الطلب قوي.|نادر القحطاني|معادن"})
    void aTitleSetOffAfterTheEmployerOfTheTitleBeforeIsTheSamePersonsNextPost(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, person, org), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وحضر سامي الحربي، الرئيس التنفيذي لشركة سابك، وماجد الدوسري الرئيس التنفيذي لبنك الراجحي.|سامي الحربي|بنك الراجحي",
            "وقال خالد العمري، رئيس مجلس إدارة شركة المراعي، إن الرئيس التنفيذي لبنك الرياض محمد العتيبي سيحضر.|خالد العمري|بنك الرياض",
            "وحضر نادر القحطاني، الرئيس التنفيذي لشركة أرامكو، ومعه المدير العام لشركة معادن.|نادر القحطاني|معادن"})
    void aTitleOfSomeoneElseIsNoStackedPost(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.hasFactByAlias(FactType.ROLE, person, org), x.describeFacts());
    }
}
