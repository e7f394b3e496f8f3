package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Doe is stepping down, with Roe of Y set to succeed him": the person after "with" is the successor, who takes the
 * post the sentence's subject leaves; Y is the successor's employer now, not the post taken. Texts written here.
 */
class SuccessorAfterWithTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tom Brown is stepping down as Zeta Foods CEO after two years, with Ann Lee of Corvo Labs set to succeed him as CEO.|Ann Lee|Zeta Foods|Tom Brown|CEO",
            "Nadia Holm will retire as chairman of Brisk Shipping in June, with Karl Ness expected to replace her.|Karl Ness|Brisk Shipping|Nadia Holm|chairman"})
    void theOneAfterWithTakesThePostLeft(String text, String successor, String org, String leaver, String role) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertEquals(role, x.requireFact(FactType.EMPLOYMENT_START, successor, org).role());
        x.requireFact(FactType.EMPLOYMENT_END, leaver, org);
        assertTrue(x.fact(FactType.EMPLOYMENT_START, leaver, org).isEmpty(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tom Brown is stepping down as Zeta Foods CEO after two years, with Ann Lee of Corvo Labs set to succeed him as CEO.|Ann Lee|Corvo Labs",
            "Nadia Holm will retire as chairman of Brisk Shipping. Karl Ness of Orto Bank will succeed her.|Karl Ness|Orto Bank"})
    void theSuccessorsOwnCompanyIsNotJoined(String text, String successor, String current) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.fact(FactType.EMPLOYMENT_START, successor, current).isEmpty(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nadia Holm met investors on Monday, with Karl Ness at her side.|Karl Ness"})
    void withAloneNamesNoMover(String text, String person) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.EMPLOYMENT_START), x.describeFacts());
    }
}
