package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where an Arabic person's name ends: words that are never part of one, and the words that still are. */
class ArabicNameWordLimitsTest {
    private static boolean anyPersonWith(Extracted x, String word) {
        for (Entity e : x.document().entities()) {
            for (String alias : e.aliases()) {
                if (e.type() == EntityType.PERSON && alias.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال نادر فوزي، مؤسس تطبيق سلة ومديرها التنفيذي إن التمويل سيدعم التوسع.|ومديرها",
            "وتحدث رامي سعد، الشريك المؤسس للشركة وشريكهم في الصندوق، عن خطط العام.|وشريكهم",
            "وأعلنت زينة فؤاد، مؤسسة المنصة ورئيستها التنفيذية، عن جولة جديدة.|ورئيستها"})
    void aNounOwnedByAPronounAfterAndIsNoName(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(!anyPersonWith(x, word), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وستواصل الشركة العمل تحت علامة كريم التجارية في المنطقة.|التجارية",
            "وقال إن سامر الحكومية لن تشارك في المناقصة.|الحكومية",
            "وسيتولى وليد حسن منصب المدير المالي بالإنابة حتى نهاية العام.|بالإنابة"})
    void aFeminineAdjectiveIsNoFamilyName(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(!anyPersonWith(x, word), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال خالد العطية إن الشركة ستفتح مكتبا جديدا.|خالد العطية",
            "2. سامي يوسف ياسين – من مايو 2015 حتى مارس 2016.|سامي يوسف ياسين",
            "وقال المدير العام للمصنع حسن محمود كريم إن الإنتاج زاد.|حسن محمود كريم",
            "وأكد رامي جاد الله أن الصفقة ستكتمل قريبا.|رامي جاد الله",
            "وصرح نبيل فتح الله بأن الأرباح ارتفعت.|نبيل فتح الله"})
    void aThirdGivenNameOrTheDivineNameClosesTheName(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.spelled(person).orElseThrow(() -> new AssertionError(x.names())).type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلن البنك تعيين رامي يوسف في فريقه، ليشغل يوسف منصب مدير المخاطر.|منصب",
            "وعين مجلس الإدارة سامح خليل محل نبيل فهمي في رئاسة الشركة.|محل",
            "وترأس منصور لأول مرة اجتماع الجمعية العامة للشركة.|لأول",
            "وأقر المجلس تعيين رامي يوسف مديرا ماليا وكذا تعيين ممثلي البنك في اللجنة.|وكذا"})
    void thePostThePlaceTakenAndLikewiseAreNoName(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(!anyPersonWith(x, word), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استقال المدير التنفيذي لشركة الريان للأسمنت ونائب رئيس مجلس الإدارة Jang Soo-bin بعد خسائر العام.|ونائب",
            "وحضر الرئيس التنفيذي لبنك الواحة ونائب المدير العام وليد حسن حفل الافتتاح.|ونائب"})
    void aSecondTitleAfterTheEmployerIsNoName(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(!anyPersonWith(x, word), x.names());
    }
}
