package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «وعين مكانه فلانا», "appointed X in her place": a hire naming no post takes the post the one it replaces left.
 * Texts written here.
 */
class PlaceTakenRoleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "أقال مجلس الإدارة الرئيس التنفيذي لشركة نيمبوس سامي عادل، وعين مكانه كريم حداد. | كريم حداد | CEO",
        "استقالت المديرة المالية لشركة نيمبوس سلمى عادل، وعينت الشركة محلها كريم حداد. | كريم حداد | CFO",
        "Nimbus Labs ousted chief executive Maria Olsen and appointed Karl Berg in her place. | Karl Berg | CEO",
        "Nimbus Labs fired its chief operating officer Tom Reyes and named Ana Lind in his place. | Ana Lind | COO"})
    void theHireTakesThePostLeft(String text, String hired, String role) {
        Extracted x = Extracted.of(text, "2025-06-01");
        Fact start = x.document().facts().stream().filter(f -> f.type() == FactType.EMPLOYMENT_START).findFirst()
                .orElseThrow(() -> new AssertionError(x.describeFacts()));
        assertEquals(x.withAlias(hired).id(), start.subject(), x.describeFacts());
        assertEquals(role, start.role(), x.describeFacts());
    }

    @Test
    void aHireWithoutAPlaceTakenKeepsNoPost() {
        Extracted x = Extracted.of("Nimbus Labs ousted chief executive Maria Olsen and later appointed Karl Berg.",
                "2025-06-01");
        x.document().facts().stream().filter(f -> f.type() == FactType.EMPLOYMENT_START)
                .forEach(f -> assertNull(f.role(), x.describeFacts()));
    }
}
