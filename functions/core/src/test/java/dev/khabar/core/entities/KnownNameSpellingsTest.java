package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Known companies and products in the other spellings the news writes them with. */
class KnownNameSpellingsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقالت أي تي أند تي إن عدد المشتركين زاد.|AT&T",
            "وكانت \"أيه. تي أند تي\" قد أعلنت عن الصفقة أمس.|AT&T",
            "وقاد صندوق تايجر جلوبال جولة التمويل الأخيرة.|Tiger Global",
            "وارتفع المؤشر العام في بورصة دبي بنسبة طفيفة.|Dubai Financial Market"})
    void aKnownCompanyInItsOtherArabicSpellings(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(name).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Job cuts rose in March, outplacement firm Challenger, Gray & Christmas Inc. said.|Challenger, Gray & Christmas|ORGANIZATION",
            "وقالت مؤسسة آي.دي.سي إن شحنات الهواتف تراجعت في الربع الثاني.|IDC|ORGANIZATION",
            "وذكرت سي إن إن بيزنس أن الشركة تدرس بيع وحدتها.|CNN Business|ORGANIZATION",
            "وأطلقت الشركة تحديثا جديدا لساعة آبل ووتش هذا الأسبوع.|Apple Watch|PRODUCT"})
    void aKnownNameInTheSpellingsNewsUses(String text, String name, EntityType type) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(type, x.requireEntity(name).type(), x.names());
    }
}
