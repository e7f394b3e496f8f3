package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "the engineering, procurement and construction (EPC) contract": capitals spelling the lower-case words before them
 * shorten a common noun, here and anywhere else in the text; a name spelled out keeps its acronym. Texts written here.
 */
class SpelledOutAcronymsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Qorvane Energy awarded the engineering, procurement and construction (EPC) contract to Belmonte. | EPC",
            "Norvik signed a power purchase agreement (PPA) with Delcor Energy. The PPA runs for 20 years. | PPA",
            "The deal includes a transfer of technology (TOT) from Orbis Defence, and TOT starts in May. | TOT",
            "Halvex will build a battery energy storage system (BESS) for Kestrel Power. | BESS"})
    void theAcronymOfACommonNounIsNoName(String text, String acronym) {
        Extracted e = Extracted.of(text, "2025-01-01");
        assertTrue(e.spelled(acronym).isEmpty(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Marine won a contract from the Public Investment Fund (PIF) last week. | PIF",
            "Halvex signed a supply deal (worth $2m) with VNTX, the chipmaker. | VNTX"})
    void aNameSpelledOutOrNotSpelledKeepsItsAcronym(String text, String acronym) {
        Extracted e = Extracted.of(text, "2025-01-01");
        assertTrue(e.spelled(acronym).isPresent(), e.names());
    }
}
