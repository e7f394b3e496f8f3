package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "She joins from Unilever": the company after "from" is the one left, never the one joined. Texts written here. */
class JoinedFromTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Olamor has appointed Priya Natarajan as chief financial officer. Natarajan joins from Unilever.|Priya Natarajan|Unilever",
            "Halden Bank named Tom Reyes its treasurer. Reyes joins from Barclays, where he ran payments.|Tom Reyes|Barclays",
            "Mara Lind joins from Kestrel Freight, the shipping group said.|Mara Lind|Kestrel Freight"})
    void theCompanyJoinedFromIsNotJoined(String text, String person, String left) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.fact(FactType.EMPLOYMENT_START, person, left).isEmpty(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Priya Natarajan joined Olamor from Unilever in May.|Priya Natarajan|Olamor",
            "Tom Reyes will join Halden Bank from Barclays as treasurer.|Tom Reyes|Halden Bank"})
    void theCompanyJoinedBeforeFromStaysJoined(String text, String person, String joined) {
        Extracted.of(text, "2025-01-01").requireFact(FactType.EMPLOYMENT_START, person, joined);
    }
}
