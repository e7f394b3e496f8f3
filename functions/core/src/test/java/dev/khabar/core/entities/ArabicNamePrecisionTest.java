package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Arabic words that look like names and are not, and names whose type or end the words around them tell. */
class ArabicNamePrecisionTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال المدير: وأنا أقدم شكري للفريق على جهوده.",
            "وأوضح أن لدينا بتاريخ اليوم خطة جديدة للنمو.",
            "وأضاف: هذا ما هو منتظر مني كمدير للشركة منذ البداية.",
            // an industry's noun joined to a ministry's title goes on the title
            "والتقى وزير الاتصالات وتكنولوجيا المعلومات بالمستثمرين أمس.",
            "وزار وزير النفط وصناعات التعدين الموقع الجديد."})
    void pronounsAndPrepositionsSpelledLikeGivenNamesAreNotPeople(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت كل من شركتي نيكسا الأمريكية وبرادو الإماراتية عن خفض الوظائف.|برادو",
            "وقعت سويفل المصرية اتفاقا جديدا.|سويفل",
            "واستحوذت أنغامي اللبنانية على منافستها.|أنغامي"})
    void anUndefinedWordBeforeAFeminineNationalityIsACompany(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.spelled(name).orElseThrow(() -> new AssertionError(x.names())).type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "مع الحفاظ على أصولنا الفنلندية وتاريخنا.|أصولنا",
            "وقال إن منتجاتها الصينية تنافس بقوة.|منتجاتها"})
    void aPossessedNounBeforeANationalityIsNoName(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.spelled(word).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استقبل رئيس مجلس الوزراء محمد شياع السوداني الوفد يوم الخميس.|محمد شياع السوداني|مجلس الوزراء",
            "وقال رئيس هيئة الاستثمار خالد سعيد العتيبي إن الصفقة مهمة.|خالد سعيد العتيبي|هيئة الاستثمار",
            "وحضر الاجتماع أحمد سالم الكعبي، المدير العام للشركة.|أحمد سالم الكعبي|"})
    void aFamilyNisbaClosesThePersonAndTheBodyIsNotAPerson(String text, String person, String body) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.spelled(person).orElseThrow(() -> new AssertionError(x.names())).type());
        if (body != null) {
            assertTrue(x.spelled(body).map(e -> e.type() != EntityType.PERSON).orElse(true), x.names());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أوقفت الشركة خدمة كريم باص للنقل الجماعي.|كريم باص|PRODUCT",
            "أطلقت تطبيق سامي كار للتوصيل.|سامي كار|PRODUCT",
            "وأطلقت خدمة عمر كاش للمدفوعات.|عمر كاش|PRODUCT"})
    void aCueBeforeAGivenNameTypesTheName(String text, String name, EntityType type) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(type, x.spelled(name).orElseThrow(() -> new AssertionError(x.names())).type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت الشركة “الوطنية” السعودية عقدا مع الديار.",
            "زار ممثلو الشركات العراقية والسعودية المعرض.",
            "تتعاون الشركات العراقية ونظيراتها السعودية في البناء."})
    void aCountryNameThatIsAnAdjectiveIsNotThePlace(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity("Saudi Arabia").isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة اتحاد مصانع الأسلاك \"أسلاك\" عن صفقة.|اتحاد مصانع الأسلاك|أسلاك",
            "قالت شركة اتحاد منتجي الزجاج \"زجاج\" إنها ربحت.|اتحاد منتجي الزجاج|زجاج",
            "وقعت شركة اتحاد مقاولي الطرق \"طرق\" العقد.|اتحاد مقاولي الطرق|طرق"})
    void aConstructNameTakesItsGenitiveAndItsQuotedShortName(String text, String name, String shortName) {
        Extracted x = Extracted.of(text, "2025-01-01");
        Entity e = x.spelled(name).orElseThrow(() -> new AssertionError(x.names()));
        assertTrue(e.aliases().contains(shortName), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "للاستحواذ على حصة من الشركة الرائدة للاستثمار الصناعي مقابل أسهم.|الشركة الرائدة للاستثمار الصناعي",
            "باعت الشركة المتحدة للتنمية العقارية أرضا.|الشركة المتحدة للتنمية العقارية",
            "وقعت الشركة الناشئة للتقنيات المالية عقدا.|الشركة الناشئة للتقنيات المالية"})
    void aDefiniteCompanyWithAnAdjectiveAndAComplementIsAName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.spelled(name).isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "اتفقت على شراء شركة إنتاج الأفلام والتوزيع \"نجمة الشرق\" مقابل مليار دولار.|إنتاج",
            "استحوذت على شركة تطوير البرمجيات \"سحاب\" العام الماضي.|تطوير",
            "أسس شركة تصنيع الأدوية \"دواء\" في 2010.|تصنيع"})
    void anActivityNounAfterTheCueDescribesTheCompany(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.aliases().contains(word)), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وكان سامر يشغل منصب المدير المالي بشكل مؤقت منذ العام الماضي.",
            "وعين المجلس رئيسا جديدا لكي تعود الشركة إلى النمو.",
            "وقال المدير التنفيذي الجديد إنه سيبدأ عمله في مارس.",
            "وقالت كبيرة المحللين بمعهد الدراسات المالية إن الأسواق هادئة."})
    void adverbsPurposeWordsVerbsAndGluedBodiesAfterATitleAreNotPeople(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), x.names());
    }
}
