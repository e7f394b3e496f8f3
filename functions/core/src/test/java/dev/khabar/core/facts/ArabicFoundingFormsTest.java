package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Arabic founding told with the company as «الشركة» or as the verb's pronoun (أسسها), and in the passive with its agent
 * after «على يد» (تأسست الشركة على يد فلان); its doers after the company and «كل من» (أسس الشركة كل من A وB); a plural
 * founder's title apposed to a list of names (A وB مؤسسا شركة X); a council or a team set up inside a company is no
 * company founded.
 */
class ArabicFoundingFormsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلنت شركة الأفق للتجارة نتائجها. وأسس سامي الدوسري الشركة عام 1995.|سامي الدوسري|شركة الأفق للتجارة",
            "وأعلنت شركة الأفق للتجارة نتائجها. وشارك سامي الدوسري في تأسيس الشركة عام 1995.|سامي الدوسري|شركة الأفق للتجارة",
            "وأعلنت شركة الأفق للتجارة نتائجها. وقد أسسها سامي الدوسري عام 1995.|سامي الدوسري|شركة الأفق للتجارة",
            "وأعلنت شركة الأفق للتجارة نتائجها. وكان سامي الدوسري قد أسسها مع شريكه عام 1995.|سامي الدوسري|شركة الأفق للتجارة"})
    void theCompanyAsAnaphorOrPronoun(String text, String founder, String company) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.FOUNDED, founder, company), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلنت شركة الأفق للتجارة نتائجها. وتأسست الشركة على يد سامي الدوسري عام 1995.|سامي الدوسري|شركة الأفق للتجارة",
            "تأسست شركة الأفق للتجارة عام 1995 على يد سامي الدوسري وماجد الحسن.|ماجد الحسن|شركة الأفق للتجارة",
            "تأسس بنك الريان على يد رجل الأعمال سامي الدوسري عام 1980.|سامي الدوسري|بنك الريان"})
    void thePassiveWithItsAgentAfterAlaYad(String text, String founder, String company) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.FOUNDED, founder, company), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلنت شركة الأفق للتجارة نتائجها. وأسس الشركة كل من سامي الدوسري وماجد الحسن عام 1995.",
            "وأعلنت شركة الأفق للتجارة نتائجها. وقام بتأسيس الشركة كل من سامي الدوسري وماجد الحسن عام 1995.",
            "وقال سامي الدوسري وماجد الحسن مؤسسا شركة الأفق للتجارة إن المبيعات زادت.",
            "وأكد سامي الدوسري وماجد الحسن، مؤسسي شركة الأفق للتجارة، أن المبيعات زادت."})
    void eachOfTheDoersListedFounds(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.FOUNDED, "سامي الدوسري", "شركة الأفق للتجارة"), x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.FOUNDED, "ماجد الحسن", "شركة الأفق للتجارة"), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "تأسست شركة الأفق للتجارة عام 1995 في الرياض على أسس متينة، وقال سامي الدوسري إنها تنمو.",
            "وأعلنت شركة الأفق للتجارة نتائجها. وأسس سامي الدوسري صندوقا خيريا عام 1995.",
            "وأعلنت شركة الأفق للتجارة نتائجها. وقال سامي الدوسري إنه أسس فريقا جديدا.",
            "وأعلن سامي الحربي تأسيس مجلس تحرير لصحيفة الأفق برئاسة ماجد الحسن.",
            "وأسس سامي الحربي فريقا للابتكار في شركة الأفق للتجارة."})
    void noFounderNamedNoFounding(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.document().facts().stream().anyMatch(f -> f.type() == FactType.FOUNDED), x.describeFacts());
    }
}
