package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «وأحد مؤسسيها», «إحدى المستثمرات»: «أحد» and «إحدى» ("one of") open no name, so a second title after a first one
 * («الرئيس التنفيذي لشركة X وأحد مؤسسيها») is the person's, not a person of its own. Texts written here.
 */
class ArabicOneOfNoNameTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال أحمد الخطيب الرئيس التنفيذي لشركة زيلكو وأحد مؤسسيها إن السوق واعدة.|وأحد مؤسسيها",
            "وقالت ليلى بركات المديرة المالية لشركة زيلكو وإحدى مؤسساتها إن النمو قوي.|وإحدى مؤسساتها",
            "وأكد أحد المستثمرين في شركة زيلكو أن الطلب كبير.|أحد المستثمرين"})
    void oneOfOpensNoName(String text, String words) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.spelled(words).isEmpty() && x.spelled(words.substring(words.startsWith("و") ? 1 : 0)).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال أحمد الخطيب الرئيس التنفيذي لشركة زيلكو وأحد مؤسسيها إن السوق واعدة.",
            "وقال أحمد الخطيب، أحد مؤسسي شركة زيلكو، إن السوق واعدة."})
    void theSecondTitleFoundsTheCompany(String text) {
        Extracted x = Extracted.of(text, "2024-05-10");
        x.requireFact(FactType.FOUNDED, x.withAlias("أحمد الخطيب").name(), "زيلكو");
    }
}
