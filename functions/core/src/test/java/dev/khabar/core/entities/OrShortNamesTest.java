package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "X, or Y": a short form spelling the initials of the name before it is another spelling of that name. */
class OrShortNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "He runs the Northern Petroleum Investment Company, or Npic, which owns Corvane.|Npic",
            "He joined the Bank of Corvania, or BoC, in 2001.|BoC",
            "She met Talbex Global Systems, or TGS, on Monday.|TGS"})
    void theShortFormIsTheName(String text, String shorter) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().anyMatch(e -> e.aliases().contains(shorter) && !e.name().equals(shorter)),
                x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Buyers chose Talbex Global Systems, or Corvane, for the job.|Corvane",
            "The fund backed Norvik Energy, or Halden, last year.|Halden",
            "Shares of Dorvin Foods, or Brenwick, rose.|Brenwick"})
    void anotherNameAfterOrIsItsOwn(String text, String other) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(other).isPresent(), x.names());
    }
}
