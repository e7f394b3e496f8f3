package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «بحلول» ("by", before a time) is a function word: no name opens on it after an officer's employer. Texts written here. */
class ArabicByTimeNoNameTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وسيترك منصبه كمدير مالي لشركة بترونيا للصناعات بحلول أبريل المقبل.|بحلول أبريل",
            "وستتولى منصب المديرة العامة لمجموعة الريم بحلول نوفمبر القادم.|بحلول نوفمبر"})
    void noName(String text, String words) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.spelled(words).isEmpty(), x.names());
    }
}
