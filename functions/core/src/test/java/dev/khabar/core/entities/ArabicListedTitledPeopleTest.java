package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «بحضور وزير المالية، وبورغ برينده الرئيس التنفيذي للمنتدى»: after a comma and و, two foreign words with a title in
 * apposition are a person of the list, though no lexicon knows the given name; without the title they stay unnamed.
 * Texts written here.
 */
class ArabicListedTitledPeopleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وحضر التوقيع سامي الخطيب، وكلاوديو بيرتي الرئيس التنفيذي لشركة زيفر.|كلاوديو بيرتي",
            "وتم التوقيع بحضور وزير المالية، وبورغ برينده الرئيس التنفيذي للمنتدى.|بورغ برينده",
            "وشارك في الجلسة أحمد علي، وماركوس فيلدر الرئيس التنفيذي لمجموعة هيلدر.|ماركوس فيلدر"})
    void theTitledNameIsAPerson(String text, String person) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.PERSON, e.withAlias(person).type(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وحضر التوقيع سامي الخطيب، وكلاوديو بيرتي وآخرون.|كلاوديو بيرتي",
            "وقالت الشركة إن زيفر، وبلومارا القابضة الرائدة في القطاع، ستتعاونان.|بلومارا القابضة"})
    void withoutATitleNoPerson(String text, String words) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.spelled(words).isEmpty(), e.names());
    }
}
