package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «مالية دبي», «جمارك الشارقة», «وبلدية الكويت»: a government department's noun and the emirate or city it serves name
 * the department with no cue; another noun before a place («شوارع دبي») leaves the place. Texts written here.
 */
class ArabicPlaceDepartmentsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أبرمت مالية عجمان ونتورك إنترناشيونال مذكرة تفاهم.|مالية عجمان",
            "وقالت جمارك الشارقة إنها ضبطت شحنة كبيرة.|جمارك الشارقة",
            "وأعلنت الوزارة الخطة، ووقعت بلدية الكويت عقدا مع شركة محلية.|بلدية الكويت"})
    void aDepartmentAndItsPlaceNameTheDepartment(String text, String name) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.withAlias(name).type() == EntityType.ORGANIZATION, e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتجول الزوار في شوارع دبي.|دبي",
            "وتعد السياحة في دبي قطاعا مهما.|دبي"})
    void anotherNounBeforeThePlaceLeavesThePlace(String text, String place) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.withAlias(place).type() == EntityType.LOCATION, e.names());
    }
}
