package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What follows a name without belonging to it: an imperfect verb of the tenth form («تستهدف», «ستستثمر»), an office
 * taken under ل after the one replaced («خلفاً لهارتلي لرئاسة»); and a subject's name right after a verb of saying is
 * written whole («أعلن كلاوس …» is no ك + لاوس). Texts written here.
 */
class ArabicGluedNameEndsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال إن شركة بلومارا تستهدف التوسع في السعودية.|بلومارا|ORGANIZATION",
            "وأكد أن مجموعة هيلدر ستستثمر 50 مليون دولار في مصر.|مجموعة هيلدر|ORGANIZATION",
            "وقال إن شركة كوانتيكس تستعد لطرح أسهمها في البورصة.|كوانتيكس|ORGANIZATION",
            // «سيستمز» is "systems" spelled in Arabic, part of the name, though it opens as سيست does
            "وقعت شركة أوركا سيستمز اتفاقية مع بنك الرياض.|أوركا سيستمز|ORGANIZATION",
            "وعين المجلس سامي الخطيب خلفاً لجون هارتلي لرئاسة الشركة.|جون هارتلي|PERSON",
            // a second word opening with ل that is no office stays in the name
            "وعين المجلس سامي الخطيب خلفاً لجون لويس في المنصب.|جون لويس|PERSON",
            "أعلن كلاوس برينكمان الرئيس التنفيذي لمجموعة هيلدر عن استقالته.|كلاوس برينكمان|PERSON"})
    void theNameEndsBeforeTheWordAfterIt(String text, String name, EntityType type) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(type, e.withAlias(name).type(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتم تعيين أحمد السالم خلفاً لهارتلي لرئاسة مجلس الإدارة.|هارتلي لرئاسة",
            "وجاء تعيين ليلى حسن خلفاً لبرينكمان لمنصب الرئيس التنفيذي.|برينكمان لمنصب",
            "وأكد أن مؤسسة فالكوفا تستقطب المواهب من جميع أنحاء العالم.|فالكوفا تستقطب",
            "أعلن كلاوس برينكمان الرئيس التنفيذي لمجموعة هيلدر عن استقالته.|لاوس"})
    void theGluedWordMakesNoName(String text, String glued) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.document().entities().stream().noneMatch(x -> x.aliases().contains(glued) || x.name().equals(glued)),
                e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "تتميز المنطقة بقربها من دول الخليج، كالبحرين وقطر.|البحرين",
            "وقال لبنان إنه سيشارك في المؤتمر.|لبنان"})
    void aPlaceWithItsPrepositionOrAfterSayingStaysAPlace(String text, String place) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.LOCATION, e.withAlias(place).type(), e.names());
    }
}
