package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dubai's business parks are places companies have offices in: facilities, in either language. */
class BusinessParksTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وافتتحت الشركة مكتبا في مدينة دبي للإنترنت الأسبوع الماضي.|Dubai Internet City",
            "The studio moved its team to Dubai Media City in May.|Dubai Media City",
            "The chip designer leased a lab in Dubai Silicon Oasis.|Dubai Silicon Oasis"})
    void aBusinessParkIsAFacility(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.FACILITY, x.requireEntity(name).type(), x.names());
    }
}
