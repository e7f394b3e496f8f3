package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A two-word organization found once after a cue is the same organization where it is written alone. */
class ArabicRepeatedNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلن الصندوق الزراعي عن برنامج جديد. وقال الرئيس التنفيذي للصندوق الزراعي محمد الخالدي إن البرنامج ناجح.|الصندوق الزراعي|2",
            "وقعت شركة ميراك كابيتال اتفاقية جديدة. وستدير ميراك كابيتال المحفظة، وتتوقع ميراك كابيتال نموا.|ميراك كابيتال|3",
            "استحوذت مجموعة نوفا تك على مصنع. وقالت نوفا تك إن الصفقة مهمة.|نوفا تك|2"})
    void theNameWrittenAloneIsTheSameOrganization(String text, String name, int mentions) {
        Extracted x = Extracted.of(text, "2025-01-01");
        Entity e = x.document().entities().stream().filter(en -> en.aliases().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError(x.names()));
        assertEquals(mentions, e.mentions(), x.names());
    }
}
