package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «دافوس في 22 يناير/ وام/»: the one or two words opening a wire dateline, before «في», the day, the month and the
 * agency after a slash or dash, are a place the gazetteer need not know; a verb opening a sentence with a date and no
 * agency is no place. Texts written here.
 */
class ArabicDatelinePlacesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "دافوس في 22 يناير/ وام/ أعلنت جامعة محمد بن زايد عن اتفاقية جديدة.|دافوس",
            "سانت بطرسبرغ في 5 يونيو - وام - وقعت الشركة اتفاقية.|سانت بطرسبرغ",
            "نيس في 3 مارس / وام / افتتحت الشركة مكتباً جديداً.|نيس"})
    void theDatelineOpensWithAPlace(String text, String place) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.LOCATION, e.withAlias(place).type(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت في 15 أكتوبر 2024 أن الشركة ستتوسع.",
            "كوانتيكس في 3 مارس، أعلنت الشركة عن نتائجها."})
    void noDatelineNoPlace(String text) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.document().entities().isEmpty(), e.names());
    }
}
