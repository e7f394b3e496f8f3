package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Common words after a title's "for" ("CEO for Special Projects"), or after its "of" with the employer named next
 * ("head of Special Projects at Acme"), are the post's field, no organization. A name after "of" with no employer
 * after it is still the employer. Texts written here.
 */
class FieldsOfPostsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jane Roe, head of Special Projects at Kestrel Mining, said sales rose.|Special Projects",
            "Jane Roe, Kestrel Mining's director for Special Projects, said sales rose.|Special Projects",
            "Kestrel said Gerald Yong, Halvern's chief executive for Special Projects, will join Tarvo Bank.|Special Projects",
            "Ana Ruiz, vice president for Strategic Partnerships, joined Dunmore Labs in May.|Strategic Partnerships",
            "Ana Ruiz, executive vice president, Treasury, will act as CFO of Dunmore Labs.|Treasury",
            "Among the guests was Mr Tarek Aziz (Senior Manager Procurement, Dunmore Labs).|Procurement",
            "Jane Roe ran Kestrel Mining's Retail Banking arm before she was CEO for Wholesale Banking at Tarvo Bank.|Wholesale Banking"})
    void theFieldIsNoEntity(String text, String field) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.entity(field).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jane Roe, chief executive of Global Traders, said sales rose.|Global Traders",
            "Jane Roe, head of Kestrel Mining, said sales rose.|Kestrel Mining",
            "Ana Ruiz, executive vice president, Dunmore Labs, said sales rose.|Dunmore Labs"})
    void anEmployerAfterOfStays(String text, String employer) {
        assertEquals(EntityType.ORGANIZATION, Extracted.of(text, "2024-05-10").requireEntity(employer).type());
    }
}
