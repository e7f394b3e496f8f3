package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "acquired a small startup, X": "small" sizes a stake only beside a stake noun ("a small stake in X"); before another
 * noun it describes the company bought whole. Texts written here.
 */
class SmallCompaniesBoughtTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Spotify has acquired a small startup, Velto Labs.|Spotify|Velto Labs",
            "Spotify has quietly acquired a small design studio, Velto Labs, for an undisclosed sum.|Spotify|Velto Labs"})
    void aSmallCompanyIsBoughtWhole(String text, String buyer, String bought) {
        Extracted x = Extracted.of(text, "2024-05-10");
        x.requireFact(FactType.ACQUISITION, buyer, bought);
        assertTrue(x.fact(FactType.INVESTMENT, buyer, bought).isEmpty(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Spotify has acquired a small stake in Velto Labs.|Spotify|Velto Labs"})
    void aSmallStakeIsAnInvestment(String text, String buyer, String company) {
        Extracted x = Extracted.of(text, "2024-05-10");
        x.requireFact(FactType.INVESTMENT, buyer, company);
        assertTrue(x.fact(FactType.ACQUISITION, buyer, company).isEmpty(), x.describeFacts());
    }
}
