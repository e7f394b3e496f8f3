package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «محافظة البصرة», «بولاية تكساس»: a governorate, an island or a state takes its kind into its name and stays the
 * place the gazetteer knows; a city's noun does not («مدينة جدة» is Jeddah, spelled «جدة»). Texts written here.
 */
class ArabicPlacesWithTheirKindTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتعمل الشركة في محافظة البصرة منذ عشر سنوات.|محافظة البصرة|Basra",
            "وافتتحت المجموعة مصنعا بولاية تكساس الشهر الماضي.|ولاية تكساس|Texas"})
    void theKindOfPlaceIsInItsName(String text, String alias, String place) {
        Extracted x = Extracted.of(text, "2025-04-01");
        Entity e = x.withAlias(alias);
        assertEquals(place, e.name(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وافتتحت الشركة مكتبا في مدينة جدة أمس.|مدينة جدة|جدة",
            "وقالت الشركة إن محافظة البنك على حصته في البصرة مستمرة.|محافظة البصرة|البصرة"})
    void aCitysNounOrAnotherWordStaysOutside(String text, String notAnAlias, String alias) {
        Extracted x = Extracted.of(text, "2025-04-01");
        assertTrue(x.spelled(notAnAlias).isEmpty(), x.names());
        assertTrue(x.spelled(alias).isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال الرئيس التنفيذي لجيزي إن الشبكة تغطي الولايات كلها.|جيزي|Djezzy",
            "وافتتحت السلسلة فرعا جديدا في السيب.|السيب|Seeb",
            "وتأخرت رحلات عدة في مطار البحرين الدولي بسبب الضباب.|مطار البحرين الدولي|Bahrain International Airport"})
    void wellKnownNamesAreInTheGazetteer(String text, String alias, String name) {
        Extracted x = Extracted.of(text, "2025-04-01");
        assertEquals(name, x.withAlias(alias).name(), x.names());
    }
}
