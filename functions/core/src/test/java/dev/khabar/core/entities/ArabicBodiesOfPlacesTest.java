package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «الوكالة الحضرية لطنجة», «المجلس التنفيذي لإمارة الشارقة»: a public body, the definite words that say which, then ل and
 * the place it serves make one name; a number or an accusative after the place makes ل the dative of a gift instead.
 * Texts written here.
 */
class ArabicBodiesOfPlacesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت الوكالة الحضرية لطنجة اتفاقية مع شركة سمارة للبناء.|الوكالة الحضرية لطنجة",
            "وحضر اللقاء ممثلون عن المجلس التنفيذي لإمارة الشارقة.|المجلس التنفيذي لإمارة الشارقة",
            "وأعلنت المديرية الجهوية للفلاحة لفاس عن برنامج جديد.|المديرية الجهوية للفلاحة لفاس",
            "وقال إن مكتب التنمية الاقتصادية لعجمان سيشرف على المشروع.|مكتب التنمية الاقتصادية لعجمان"})
    void aBodyAndThePlaceItServesAreOneName(String text, String name) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.spelled(name).map(x -> x.type() == EntityType.ORGANIZATION).orElse(false), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وعين السيد كريم نادر مديرا للوكالة الحضرية لطنجة.|الوكالة الحضرية لطنجة",
            "وعينت السيدة سناء برادة مديرة لمكتب التنمية الاقتصادية لعجمان.|مكتب التنمية الاقتصادية لعجمان",
            "واجتمع الوزير بأعضاء المجلس التنفيذي لإمارة الشارقة.|المجلس التنفيذي لإمارة الشارقة"})
    void aBodyAfterLamKeepsItsPlace(String text, String name) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.spelled(name).map(x -> x.type() == EntityType.ORGANIZATION).orElse(false), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقدمت الهيئة الإقليمية لتونس قرضا بقيمة 50 مليون يورو.|تونس",
            "وخصصت الهيئة الوطنية لمصر 20 مليون دولار.|مصر"})
    void aGiftToThePlaceLeavesThePlace(String text, String place) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.withAlias(place).type() == EntityType.LOCATION, e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلنت وزارة إعداد التراب الوطني والتعمير والإسكان وسياسة المدينة عن برنامج جديد.|وزارة إعداد التراب الوطني والتعمير والإسكان وسياسة المدينة",
            "وقالت وزارة التجهيز والنقل واللوجستيك والماء وتدبير الموارد إن الأشغال بدأت.|وزارة التجهيز والنقل واللوجستيك والماء وتدبير الموارد"})
    void aJoinedNounInConstructKeepsItsGenitivePastTheUsualLength(String text, String name) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.spelled(name).map(x -> x.type() == EntityType.ORGANIZATION).orElse(false), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقالت مؤسسة الإمارات للاتصالات إنها أتمت الصفقة.|Etisalat",
            "واستثمرت شركة نوفا في جيو بلاتفورمز الهندية.|Jio Platforms"})
    void wellKnownTelecomNamesAreKnown(String text, String name) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.entity(name).isPresent(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ووقع رئيس مجلس الإدارة لشركة سمارة الاتفاقية.|مجلس الإدارة لشركة سمارة"})
    void aCompanyAfterLamIsNoPlace(String text, String notName) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertFalse(e.spelled(notName).isPresent(), e.names());
    }
}
