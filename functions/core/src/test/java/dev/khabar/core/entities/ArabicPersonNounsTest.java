package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A noun for a kind of person (الصحفي، الناشطة، المستثمر), under a preposition or not, with its nationality, an epithet
 * (الراحل، المدان) and a comma, opens a person's name.
 */
class ArabicPersonNounsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال الصحفي جمال خاشقجي إن الأمر مهم.|جمال خاشقجي",
            "خلال أزمة اختفاء الصحفي السعودي، جمال خاشقجي، في إسطنبول.|جمال خاشقجي",
            "وقالت الناشطة منال الشريف إن القرار صائب.|منال الشريف",
            "وأوضح البيان أن الحصة بيعت للمستثمر البرازيلي روبرتو فالكاو، دون ذكر السعر.|روبرتو فالكاو",
            "وارتبط اسم الفندق برجل الأعمال الألماني الراحل هوبرت كرانز منذ عقود.|هوبرت كرانز",
            "وانتقد النواب صلات الوزير بالملياردير المدان ديرك فالنتين، بحسب الصحيفة.|ديرك فالنتين",
            "وكالصحفية ريم ناصر، رأى المحللون أن السوق تتعافى.|ريم ناصر"})
    void theNameAfterThePersonNounIsAPerson(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.withAlias(person).type(), x.names());
        assertEquals(person, x.withAlias(person).aliases().stream().filter(a -> a.startsWith(person.substring(0, 2))).findFirst()
                .orElseThrow(), x.names()); // the epithet and the preposition stay out of the name
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال المحامي إن القضية انتهت.",
            "وقال الصحفي السعودي إن الأمر مهم.",
            "وأكد الكاتب في مقاله أن السوق تتغير.",
            "وقال المستثمر الأجنبي الكبير إن العوائد تراجعت.",
            "وعاد اللاعب المصاب تدريبات الفريق أمس.",
            "وكرم النادي الإعلامي بمناسبة مرور عشرين عاما على تأسيسه أعضاءه القدامى.",
            "وقاد الجولة المستثمر الاستراتيجي سدرة فنتشرز.",
            "وشارك في الجولة المستثمر رواسي القابضة.",
            "وباعت المجموعة حصتها إلى الأمريكية سيلفر لاين بمبلغ كبير."})
    void aPersonNounAloneNamesNobody(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), x.names());
    }
}
