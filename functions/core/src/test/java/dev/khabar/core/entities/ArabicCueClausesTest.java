package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A company's cue followed by what a clause says of it names no company: «الشركة» alone before a لل phrase, a
 * feminine cue before a word that is no feminine adjective, a cue before a verb (with its object pronoun) or before
 * what a fund holds or pays; the names of those forms still are names. Texts written here.
 */
class ArabicCueClausesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وطرحت الحكومة ربع رأس مال الشركة للاكتتاب العام.|الشركة للاكتتاب",
            "وأرسلت الشركة للعمل هناك فريقا من المهندسين.|الشركة للعمل",
            "وتقدم الشركة الدعم للانتقال إلى وظائف أخرى.|الشركة الدعم",
            "وضخ المستثمر أمواله في صندوق تديره شركة سنديان كابيتال.|صندوق تديره",
            "وساهم البنك في صندوق يدعم المشاريع الريفية.|صندوق يدعم",
            "وأصبح ثالث أكبر صندوق تقاعد في أستراليا.|صندوق تقاعد",
            "واستثمر صندوق أسهم إقليمي في الشركة.|صندوق أسهم"})
    void noCompanyNamed(String text, String words) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.spelled(words).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ووقعت الشركة الرائدة للاستثمار الصناعي اتفاقية توريد.|الشركة الرائدة للاستثمار الصناعي",
            "وفازت الشركة العربية للتأمين بعقد جديد.|الشركة العربية للتأمين",
            "وأعلن صندوق نوافذ عن جولة تمويل جديدة.|صندوق نوافذ"})
    void namesStayNames(String text, String name) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.spelled(name).isPresent(), x.names());
    }
}
