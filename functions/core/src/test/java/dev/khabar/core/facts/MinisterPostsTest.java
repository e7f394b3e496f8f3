package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «وزير الطاقة والمناجم فلان»: a minister holds his post at the ministry of his title's domain the text names. */
class MinisterPostsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "أعلنت وزارة الطاقة عن خطة جديدة للتنقيب. وقال وزير الطاقة والمناجم سمير بلحاج إن الخطة تشمل ثلاث مناطق.|Samir Blhaj|وزارة الطاقة",
        "وقع وزير الشؤون البلدية والقروية الأمير الدكتور فيصل بن ناصر عقودا جديدة. جاء ذلك في بيان صدر أمس عن وزارة الشؤون البلدية والقروية.|Faisal bin Nasser|وزارة الشؤون البلدية والقروية",
        "افتتحت وزارة الصحة، أمس، المستشفى الجديد بحضور وزيرة الصحة، ليلى المنصوري، وعدد من المسؤولين.|Layla Al-Mnsori|وزارة الصحة"})
    void theMinisterHoldsHisPostAtTheMinistryOfHisDomain(String text, String person, String ministry) {
        Extracted x = Extracted.of(text, "2024-03-01");
        Optional<Fact> role = x.fact(FactType.ROLE, person, ministry);
        assertTrue(role.isPresent(), x.describeFacts());
        assertEquals("minister", role.get().role(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "أطلقت وزارة الزراعة التونسية برنامجا للري. وقال وزير الزراعة التونسي كريم الودغيري إن البرنامج يشمل عشر ولايات.|كريم الودغيري|وزارة الزراعة التونسية",
        "وقع وزير النقل الأردني سامر الخطيب العقد، وقالت وزارة النقل الأردنية إن التنفيذ يبدأ قريبا.|سامر الخطيب|وزارة النقل الأردنية"})
    void theMinistrysAdjectiveAgreesWithItsNoun(String text, String person, String ministry) {
        Extracted x = Extracted.of(text, "2024-03-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, person, ministry), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "أعلنت وزارة الصحة عن حملة جديدة، وقال وزير المالية خالد العمري إن الميزانية تكفي.|وزارة الصحة",
        "أعلنت وزارة الطاقة عن خطة جديدة، وحضر الإعلان وزير سابق للمالية هو خالد العمري.|وزارة الطاقة",
        // the adjective of another country: another state's minister
        "أطلقت وزارة الزراعة التونسية برنامجا للري. وقال وزير الزراعة المغربي كريم الودغيري إن التعاون قائم.|وزارة الزراعة التونسية"})
    void aMinisterOfAnotherDomainHoldsNoPostThere(String text, String ministry) {
        Extracted x = Extracted.of(text, "2024-03-01");
        String id = x.requireEntity(ministry).id();
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.ROLE && id.equals(f.object())),
                x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وحضر رئيس مجلس الوزراء الدكتور عادل الزبيدي توقيع الاتفاقية مع شركة الفجر للإنشاءات.|عادل الزبيدي|prime minister",
        "وأكد نائب رئيس مجلس الوزراء عادل الزبيدي أن المشروع سيكتمل خلال عامين.|عادل الزبيدي|deputy prime minister"})
    void theHeadOfTheCabinetIsItsPrimeMinister(String text, String person, String role) {
        Extracted x = Extracted.of(text, "2024-03-01");
        Fact fact = x.requireFactByAlias(FactType.ROLE, person, "مجلس الوزراء");
        assertEquals(role, fact.role(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ووافق رئيس مجلس الوزراء على عقد شركة الفجر للإنشاءات، وقال عادل الزبيدي إن التنفيذ يبدأ قريبا.",
        "وقال رئيس مجلس إدارة شركة الفجر للإنشاءات عادل الزبيدي إن مجلس الوزراء وافق على العقد."})
    void aNameNotRightAfterTheCabinetHoldsNoPostInIt(String text) {
        Extracted x = Extracted.of(text, "2024-03-01");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.ROLE && "prime minister".equals(f.role())),
                x.describeFacts());
    }
}
