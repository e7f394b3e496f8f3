package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «نقلت الشركة مقرها إلى X»: moving a seat places the company at the new place, not the old one. */
class ArabicMovedSeatsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ونقلت شركة سويفل مقرها من الكويت إلى دبي مطلع العام الجاري.|سويفل|دبي",
            "وقالت شركة كريم إنها ستنقل مقرها الرئيسي إلى الرياض خلال الربع المقبل.|كريم|الرياض",
            "وقرر مجلس الإدارة نقل المقر الرئيسي لشركة سويفل إلى أبوظبي.|سويفل|أبوظبي"})
    void theNewPlaceOfTheSeat(String text, String org, String place) {
        Extracted x = Extracted.of(text, "2025-01-01");
        x.requireFactByAlias(FactType.LOCATED_IN, org, place);
    }

    @Test
    void theOldPlaceIsNotTheSeat() {
        Extracted x = Extracted.of("ونقلت شركة سويفل مقرها من الكويت إلى دبي مطلع العام الجاري.", "2025-01-01");
        x.requireFactByAlias(FactType.LOCATED_IN, "سويفل", "دبي");
        assertTrue(!x.hasFactByAlias(FactType.LOCATED_IN, "سويفل", "الكويت"), x.describeFacts());
    }

    @Test
    void carryingPassengersFromTheSeatMovesNoSeat() {
        Extracted x = Extracted.of("وقالت شركة كريم إنها ستنقل ركابها من مقرها إلى مطار الرياض مجانا.", "2025-01-01");
        assertTrue(!x.hasFactOfType(FactType.LOCATED_IN), x.describeFacts());
    }
}
