package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «انضم X إلى شركة Y رئيسا تنفيذيا»: the title after the company joined, in the accusative or the feminine, is the
 * post taken; a title before another person's name is that person's.
 */
class ArabicPostAfterJoinedCompanyTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-03-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "التحق عمر الحربي بشركة زين رئيسا تنفيذيا.|Omar Al-Hrbi|زين|CEO",
            "وانضمت ريم الهاشمي إلى بنك أبوظبي الأول رئيسة تنفيذية.|Reem Al-Hashmi|First Abu Dhabi Bank|CEO",
            "انضمت ليلى الكعبي إلى شركة سابك مديرة مالية.|Layla Al-Kabi|SABIC|CFO"})
    void theTitleAfterTheCompanyIsThePostTaken(String text, String person, String org, String role) {
        assertEquals(role, x(text).requireFact(FactType.EMPLOYMENT_START, person, org).role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "انضم عمر الحربي إلى شركة زين رئيسة مجلس إدارتها سارة جونسون.|Omar Al-Hrbi|زين",
            "انضم عمر الحربي إلى شركة زين، رئيسا للمبيعات بحسب مصادر.|Omar Al-Hrbi|زين"})
    void aTitleBeforeAnotherNameOrAfterACommaIsNotTaken(String text, String person, String org) {
        assertNull(x(text).requireFact(FactType.EMPLOYMENT_START, person, org).role());
    }
}
