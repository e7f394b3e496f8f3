package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A contractor's or joint venture's name: capitals glued by "&" and the endings JV, Construction, Consortium. */
class VentureNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The dredging works went to KTRN H&I JV at a cost of $9 million.|KTRN H&I JV",
            "The contract was won by Halden-Edwin Construction JV last week.|Halden-Edwin Construction JV",
            "Shoppers at Rennick T&D Stores spent less in May, the retailer said.|Rennick T&D Stores",
            "A bid from Mathew Rowe Consortium was rejected.|Mathew Rowe Consortium",
            "The road was built by Peter Odell Contracting in 2019.|Peter Odell Contracting"})
    void theNameIsAnOrganizationWhole(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(name).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Dana Holt said Q&A sessions with Nico Barrett would follow.|Nico Barrett",
            "Rob & I met Carla Mendes there.|Carla Mendes"})
    void aSpacedOrLowerCaseAmpersandJoinsNoName(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(person).isPresent(), x.names());
    }
}
