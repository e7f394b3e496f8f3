package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Common Arabic words read as a person's name because of what stands before them (a title, a ruler's title, a given
 * name), and institutions named after a ruler (a hospital among them a facility).
 */
class ArabicCommonWordNamesTest {
    private static boolean noPerson(Extracted x) {
        return x.document().entities().stream().noneMatch(e -> e.type() == EntityType.PERSON);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت جامعة الملك سعود اتفاقية مع شركة أرامكو اليوم.|جامعة الملك سعود",
            "أعلنت مدينة الملك عبدالله الاقتصادية عن مشروع جديد للإسكان.|مدينة الملك عبدالله الاقتصادية",
            "وقع مركز الملك عبد العزيز للثقافة والفنون مذكرة مع الوزارة.|مركز الملك عبد العزيز للثقافة والفنون",
            // the complement's own adjective belongs to the name: «للخدمات الطبية», «للعلوم الصحية»
            "أعلن مركز الأمير محمد للخدمات الطبية عن توسعة جديدة.|مركز الأمير محمد للخدمات الطبية",
            "وقعت جامعة الملك خالد للعلوم الصحية مذكرة مع الوزارة.|جامعة الملك خالد للعلوم الصحية"})
    void anInstitutionNamedAfterARulerIsAnOrganizationNotTheRuler(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.spelled(name).orElseThrow(() -> new AssertionError(x.names())).type());
        assertTrue(noPerson(x), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "تعاقد مستشفى الملك فيصل التخصصي مع شركة طبية ألمانية.|مستشفى الملك فيصل التخصصي",
            "وقع مستشفى الأمير سلطان للقوات المسلحة عقدا مع شركة الندى.|مستشفى الأمير سلطان للقوات المسلحة",
            "يقع مستشفى الملك خالد للعيون في الرياض.|مستشفى الملك خالد للعيون"})
    void aHospitalNamedAfterARulerIsAFacility(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.FACILITY, x.spelled(name).orElseThrow(() -> new AssertionError(x.names())).type());
        assertTrue(noPerson(x), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "فاز الفريق بجائزة الشيخ زايد للكتاب العام الماضي.",
            "شارك الطلاب في مسابقة الأميرة نورة للابتكار هذا العام.",
            "هبطت الطائرة في مطار الملك خالد الدولي مساء أمس."})
    void aPrizeOrSiteNamedAfterARulerNamesNoPerson(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(noPerson(x), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "واستقبل الملك سلمان بن عبدالعزيز الوفد في الرياض.|الملك سلمان بن عبدالعزيز",
            "وحضر الشيخ محمد بن زايد افتتاح المعرض.|الشيخ محمد بن زايد",
            "وأكد الأمير فيصل بن سلمان أهمية المشروع.|الأمير فيصل بن سلمان"})
    void aRulerNamedOutsideAnInstitutionIsStillAPerson(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.spelled(name).orElseThrow(() -> new AssertionError(x.names())).type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "عين المجلس سامي عادل رئيسا لمراكز الأبحاث في الشركة.",
            "وقال نائب رئيس الجامعة لشؤون الطلاب إن الخطة جاهزة.",
            "عينت الشركة مديرا لقطاع التجزئة في المنطقة.",
            "وفاز فريق رامي بالمركز الأول في برنامج هالة لريادة الأعمال.",
            "وقع الاتفاقية نائب رئيس الجامعة لشؤون الطلاب، والمدير العام للشركة."})
    void aWordWithThePrepositionLBeforeADefiniteWordIsNoName(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.PERSON
                && (e.name().startsWith("L") || e.aliases().stream().anyMatch(a -> a.contains(" ل")))), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال المدير التنفيذي لطفي الزين إن الأرباح ارتفعت.|لطفي الزين",
            "وقالت المديرة العامة ليلى الحسن إن الشركة ستتوسع.|ليلى الحسن"})
    void aGivenNameSpelledWithLIsStillAName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.spelled(name).orElseThrow(() -> new AssertionError(x.names())).type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "تسعى الشركة إلى زيادة حصتها بالعالم وسرقة الأضواء من منافسيها.",
            "تعد الشركة من أكبر المصنعين بالعالم وخبرة الفريق طويلة.",
            "نقدم منتجاتنا للعالم وحماية البيئة أولويتنا."})
    void theWorldAfterAPrepositionIsNoTitle(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(noPerson(x), x.names());
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "فازت شركة نوفاتيك بعقد بقيمة 40 مليون دولار.|نوفاتيك",
            "وظفرت شركة ديلمار بصفقة لتوريد المعدات للجيش.|ديلمار",
            "استحوذت شركة فالكور بحصة في المصنع الجديد.|فالكور"})
    void whatACompanyWinsAfterBEndsItsName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.spelled(name).orElseThrow(() -> new AssertionError(x.names())).type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أصبحت العائلة أكبر مساهم في شركة “إسرائيلية” ناشئة.",
            "استحوذ الصندوق على حصة في مجموعة “إماراتية” كبرى.",
            "وقعت الحكومة عقدا مع شركة «صينية» لبناء الميناء."})
    void aQuotedNationalityIsNoName(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "تربط العائلة علاقات بأكبر بنك إسلامي في المنطقة.",
            "تلقت مجموعة أولى من الشركات الناشئة تمويلا من الصندوق.",
            "وأسس المستثمرون صندوق سيادي جديد العام الماضي.",
            "وتعد الشركة ثاني أكبر شركة هاتف محمول في البلاد.",
            "وتملك المجموعة ثاني أقدم بنك عامل في البلاد.",
            "وقالت شركة مدرجة في السوق الموازية إن أرباحها تراجعت."})
    void aCueBeforeACommonAdjectiveOrAnotherCueIsNoName(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), x.names());
    }
}
