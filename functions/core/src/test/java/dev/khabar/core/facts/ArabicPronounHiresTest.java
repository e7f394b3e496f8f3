package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «وعيّنه», «عينته», «تعيينه»: a hire whose object is a pronoun hires the person named last before it. */
class ArabicPronounHiresTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقبلت شركة سابك استقالة خالد العمري، وعينته عضوا في مجلس إدارة شركة أرامكو.|خالد العمري|أرامكو",
            "وقال بنك الرياض إنه قبل استقالة سامي الحربي وعينه مستشارا للبنك.|سامي الحربي|بنك الرياض",
            "عمل نادر القحطاني في قطاع الطاقة طويلا. وقررت شركة معادن تعيينه رئيسا تنفيذيا لها.|نادر القحطاني|معادن"})
    void theHireOfAPronounHiresThePersonNamedBefore(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.EMPLOYMENT_START, person, org), x.describeFacts());
    }
}
