package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The conjunction «و» glued to a given name that opens a person's name («، وهند العلي، المديرة العامة», «رئيسا
 * تنفيذيا وماجد الدوسري مديرا») is no part of the name; a given name that itself begins with و («وليد», «وائل») keeps
 * it. A second given name glued to its «و» («الشقيقان سامر وأحمد رضوان», «حسام عادل درويش وخالد منير») opens the next
 * person: no family name of the first, and where the first's own name closes. Texts written here.
 */
class ArabicConjoinedGivenNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وحضر التوقيع ماجد الدوسري، الرئيس التنفيذي لبنك الرواد، وهند العلي، المديرة العامة لشركة سدير للطاقة.|هند العلي",
            "أعلنت شركة سدير للطاقة تعيين فهد السالم رئيسا تنفيذيا وماجد الدوسري مديرا ماليا.|ماجد الدوسري",
            "وحضر التوقيع هند العلي، المديرة العامة لشركة سدير للطاقة، وسامي الحربي، الرئيس التنفيذي لبنك الرواد.|سامي الحربي",
            "أعلنت شركة سدير للطاقة تعيين فهد السالم رئيسا تنفيذيا ووليد الخالد مديرا ماليا.|وليد الخالد"})
    void theNameStartsAtTheGivenName(String text, String name) {
        Extracted e = Extracted.of(text, "2025-03-01");
        assertTrue(e.spelled(name).filter(p -> p.type() == EntityType.PERSON).isPresent(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأقال مجلس الإدارة الشقيقين سامر وأحمد رضوان من منصبيهما.|سامر وأحمد",
            "وشارك في الجولة المستثمران فادي وخالد منصور إلى جانب صندوق محلي.|فادي وخالد"})
    void aGivenNameAfterItsConjunctionEndsTheNameBefore(String text, String joined) {
        Extracted e = Extracted.of(text, "2025-03-01");
        assertFalse(e.spelled(joined).isPresent(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"وقال المدير العام سامي وهبة إن الأرباح ارتفعت.|سامي وهبة"})
    void aFamilyNameOnWaThatIsNoLongGivenNameStays(String text, String name) {
        Extracted e = Extracted.of(text, "2025-03-01");
        assertTrue(e.spelled(name).filter(p -> p.type() == EntityType.PERSON).isPresent(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقررت الجمعية دخول حسام عادل درويش وخالد منير إلى المجلس.|حسام عادل درويش",
            "وعين المجلس المهندس رامي نبيل عوض وسامر الحلو عضوين جديدين.|رامي نبيل عوض",
            "واستقبل المحافظ نادر فؤاد شاكر وعمر منصور في مكتبه.|نادر فؤاد شاكر"})
    void theFirstNameClosesBeforeTheNextGivenName(String text, String name) {
        Extracted e = Extracted.of(text, "2025-03-01");
        assertTrue(e.spelled(name).filter(p -> p.type() == EntityType.PERSON).isPresent(), e.names());
    }
}
