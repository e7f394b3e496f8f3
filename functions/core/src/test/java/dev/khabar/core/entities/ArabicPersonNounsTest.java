package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A noun for a kind of person (الصحفي، الناشطة، المحامي), with its nationality and a comma, opens a person's name. */
class ArabicPersonNounsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال الصحفي جمال خاشقجي إن الأمر مهم.|جمال خاشقجي",
            "خلال أزمة اختفاء الصحفي السعودي، جمال خاشقجي، في إسطنبول.|جمال خاشقجي",
            "وقالت الناشطة منال الشريف إن القرار صائب.|منال الشريف"})
    void theNameAfterThePersonNounIsAPerson(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.withAlias(person).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال المحامي إن القضية انتهت.",
            "وقال الصحفي السعودي إن الأمر مهم.",
            "وأكد الكاتب في مقاله أن السوق تتغير."})
    void aPersonNounAloneNamesNobody(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), x.names());
    }
}
