package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «بولاية ثانية» (a second term), «سياسة محافظة تقليدية» (a conservative policy), «جزيرة صناعية», «إقليم آخر»: a place
 * noun before an indefinite adjective or ordinal agreeing with it names no place, neither with its kind nor without;
 * a name after the noun still does. Texts written here.
 */
class ArabicPlaceKindAdjectivesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "فاز المرشح المستقل بولاية ثانية بعد فرز الأصوات.",
            "وأعيد انتخاب رئيس البلدية لولاية ثالثة على التوالي.",
            "وتنتهج الإدارة سياسة محافظة تقليدية في الإنفاق.",
            "ويعرف الصندوق برؤية محافظة جديدة في توزيع أصوله.",
            "وأنشأ المطور جزيرة صناعية قبالة الشاطئ الشمالي.",
            "وتخطط الحكومة لبناء مدينة ذكية قرب الساحل.",
            "ونقلت الشركة مصنعها إلى إقليم آخر في الجنوب."})
    void anAdjectiveAfterThePlaceNounNamesNoPlace(String text) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.LOCATION), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وافتتح البنك فرعا في مدينة كاروفا الساحلية.|كاروفا",
            "ويقع المشروع في مقاطعة جرجيان شمال البلاد.|جرجيان",
            "وتعمل الشركة في ولاية أوريغون منذ سنوات.|ولاية أوريغون",
            "وزار الوفد مدينة كرمجة الساحلية أمس.|كرمجة"})
    void aNameAfterThePlaceNounStillNamesThePlace(String text, String place) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.LOCATION, x.withAlias(place).type(), x.names());
    }
}
