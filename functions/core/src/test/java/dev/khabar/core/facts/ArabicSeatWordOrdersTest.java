package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An organization's seat in every word order: the verb first («وتتخذ الشركة من دبي مقرا لها»), the seat of what is
 * named after «مقر» («ويقع مقر الشركة في بيروت») or after ل of «المقر الرئيسي», the verb of lying after them («والمقر
 * الرئيسي للبنك يقع في القاهرة»), and «مقرها» opening a sentence, whose "its" is the company before.
 */
class ArabicSeatWordOrdersTest {
    private static void assertSeat(String text, String org, String place) {
        Extracted x = Extracted.of(text, "2025-01-01");
        String o = x.withAlias(org).id();
        String p = x.withAlias(place).id();
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.LOCATED_IN && f.subject().equals(o)
                && p.equals(f.object())), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتتخذ شركة زيفرا من دبي مقرا لها منذ تأسيسها.|زيفرا|دبي",
            "أعلنت شركة كوردا نتائجها. وتتخذ الشركة من بيروت مقرا لها.|كوردا|بيروت",
            "ويتخذ بنك كوردا من القاهرة مقراً رئيسياً له.|بنك كوردا|القاهرة"})
    void theVerbFirst(String text, String org, String place) {
        assertSeat(text, org, place);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "تأسست شركة زيفرا عام 2016، ويقع مقر الشركة في دبي.|زيفرا|دبي",
            "ويقع مقر شركة كوردا في بيروت منذ عشرين عاما.|كوردا|بيروت",
            "أعلن بنك كوردا أرباحه. ويقع مقر البنك في القاهرة.|بنك كوردا|القاهرة"})
    void theSeatOfWhatFollows(String text, String org, String place) {
        assertSeat(text, org, place);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة زيفرا عن أرباح قياسية. ويقع مقرها الرئيسي في دبي.|زيفرا|دبي",
            "تعمل شركة كوردا في قطاع الطاقة. ومقرها في بيروت.|كوردا|بيروت",
            "تأسست شركة زيفرا عام 2019. ويوجد مقرها في الرياض.|زيفرا|الرياض"})
    void itsSeatInTheNextSentence(String text, String org, String place) {
        assertSeat(text, org, place);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ويقع المقر الرئيسي لشركة كوردا في بيروت.|كوردا|بيروت",
            "أعلن بنك كوردا أرباحه. ويقع المقر الرئيسي للبنك في القاهرة.|بنك كوردا|القاهرة",
            "يقع المقر الرئيسي لأرامكو في الظهران منذ عقود.|أرامكو|الظهران"})
    void theMainSeatOfWhatFollowsItsLam(String text, String org, String place) {
        assertSeat(text, org, place);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلن بنك كوردا أرباحه. والمقر الرئيسي للبنك يقع في القاهرة.|بنك كوردا|القاهرة",
            "والمقر الرئيسي لشركة كوردا يقع في مدينة بيروت.|كوردا|بيروت",
            "ومقر شركة زيفرا يوجد في الرياض.|زيفرا|الرياض",
            "وقالت شركة زيفرا إن مقرها الرئيسي يقع في دبي.|زيفرا|دبي"})
    void theSeatFirstItsVerbOfLyingBeforeThePlace(String text, String org, String place) {
        assertSeat(text, org, place);
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().flatMap(e -> e.aliases().stream())
                .noneMatch(a -> a.contains("يقع") || a.contains("يوجد")), x.names()); // the verb is no part of a name
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "زار وفد من شركة كوردا المقر الرئيسي في بيروت.|كوردا",
            "زار وفد من شركة كوردا المقر الرئيسي الذي يقع في بيروت.|كوردا"})
    void theMainSeatOfNoOneNamed(String text, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.hasFactOfType(FactType.LOCATED_IN), x.describeFacts());
    }
}
