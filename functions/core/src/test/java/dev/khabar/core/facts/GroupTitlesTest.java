package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Group Managing Director", "Group CEO": the post over a whole group of companies is a title like any other, with
 * "Group" part of it. Texts written here.
 */
class GroupTitlesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“It is a good day,” said Tunde Bakare, Group Managing Director of Kestrel Holdings.|Tunde Bakare|Kestrel Holdings|Group Managing Director",
            "Amina Yusuf, Group CEO of Orvane Capital, said the bank would grow.|Amina Yusuf|Orvane Capital|Group CEO",
            "Orvane Capital said Group Chief Executive Officer Amina Yusuf would stay.|Amina Yusuf|Orvane Capital|Group CEO"})
    void theGroupPostIsHeld(String text, String person, String org, String role) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(role, e.requireFact(FactType.ROLE, person, org).role());
    }
}
