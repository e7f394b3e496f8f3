package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «فالور إيكويتي بارتنرز (Valor Equity Partners)»: the Arabic words before a Latin name in brackets that sound like it,
 * word for word (an acronym letter by letter), spell that name; the conjunction و before them is left out unless it
 * is the name's own first sound, and a first ف is the name's (V or F), never the conjunction. Arabic words that do not sound like the name spell nothing. Texts written here.
 */
class ArabicTransliteratedNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وشارك في الجولة صندوق نوران وبريمال هاربر كابيتال (Primal Harbor Capital).|بريمال هاربر كابيتال|Primal Harbor Capital",
            "وقال مدير الاستثمار في الصندوق ماركوس ديلاني (Marcus Delaney) إن الطلب كبير.|ماركوس ديلاني|Marcus Delaney",
            "ومن بين المستثمرين كوبالت ريدج فنتشرز (Cobalt Ridge Ventures) وصندوق نوران.|كوبالت ريدج فنتشرز|Cobalt Ridge Ventures",
            "وانضم إلى الجولة تي إف إل جروث (TFL Growth) الأمريكية.|تي إف إل جروث|TFL Growth",
            "ومن المشاركين في الجولة فالمونت بارتنرز (Valmont Partners) أيضا.|فالمونت بارتنرز|Valmont Partners",
            "ومن المستثمرين الآخرين وكرانبيري فينتشرز (Cranberry Ventures) وصندوق نوران.|كرانبيري فينتشرز|Cranberry Ventures"})
    void theArabicSpellingBeforeTheBracketedLatinNameIsTheSameName(String text, String arabic, String latin) {
        Extracted x = Extracted.of(text, "2024-05-10");
        Entity e = x.withAlias(arabic);
        assertEquals(latin, e.name(), x.names());
        assertTrue(e.aliases().contains(latin), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتعمل الشركة منذ سنوات في مجالات عدة (Acme Corp) حول العالم.|مجالات عدة",
            "ويرى خبراء السوق أن النمو قوي (Zentro Labs) هذا العام.|النمو قوي",
            "وتستثمر الشركة في الذكاء الاصطناعي (Nexbridge AI) منذ عام 2019.|الذكاء الاصطناعي"})
    void wordsThatDoNotSoundLikeTheNameSpellNothing(String text, String words) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.spelled(words).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقادت الجولة شركة ويلبرن (Welburn) البريطانية.|ويلبرن",
            "وشارك فيها وولفرام كابيتال (Wolfram Capital) أيضا.|وولفرام كابيتال"})
    void aWawThatIsTheNamesOwnSoundStays(String text, String arabic) {
        Extracted x = Extracted.of(text, "2024-05-10");
        x.withAlias(arabic);
    }
}
