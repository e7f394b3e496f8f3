package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «X الذي عُيّن رئيسا تنفيذيا لـY», «وكان X قد عين مديرا عاما لـY»: unvocalized, the verb of hiring after a name and a
 * relative or «قد», followed straight by the post, is a passive told of that name.
 */
class ArabicPassiveAppointmentsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-06-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وكان سامي الحربي الذي عُين رئيسا تنفيذيا لشركة النخيل للأسمنت في 2019 قد أعلن عن خطة جديدة.|سامي الحربي|النخيل للأسمنت",
            "وكان خالد المالكي قد عين مديرا عاما لشركة الواحة للتأمين في مارس الماضي.|خالد المالكي|الواحة للتأمين"})
    void theNameBeforeThePassiveIsHired(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.hasFactByAlias(FactType.EMPLOYMENT_START, person, org), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال سامي الحربي الذي عين نادر الصباغ رئيسا تنفيذيا لشركة النخيل للأسمنت إن القرار صائب.|سامي الحربي|النخيل للأسمنت"})
    void anActiveVerbHiresTheNameAfterIt(String text, String hirer, String org) {
        Extracted e = x(text);
        assertFalse(e.hasFactByAlias(FactType.EMPLOYMENT_START, hirer, org), e.describeFacts());
    }
}
