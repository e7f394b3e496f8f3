package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «للبنان», «للندن», «لليبيا»: the preposition ل before a name that opens with ل is written لل, as ل + the article is;
 * the known name is read under both. Texts written here.
 */
class ArabicLamBeforeLamNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتواجه البنوك أزمة هي الأسوأ للبنان منذ الحرب.|لبنان",
            "ووصل الوزير للندن في زيارة رسمية.|لندن",
            "وقدمت الشركة الدعم لليبيا وتونس.|ليبيا"})
    void theNameAfterThePrepositionIsFound(String text, String place) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.LOCATION, e.withAlias(place).type(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتعود ملكية الشركة للبنك الأهلي.|البنك الأهلي",
            "وقدم الدعم للشركة السعودية للكهرباء.|الشركة السعودية للكهرباء"})
    void lamAndTheArticleStillReadAsBefore(String text, String name) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.ORGANIZATION, e.withAlias(name).type(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"وقالت الشركة إن للبنك دوراً مهماً."})
    void aCommonNounAfterLamNamesNothing(String text) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.document().entities().isEmpty(), e.names());
    }
}
