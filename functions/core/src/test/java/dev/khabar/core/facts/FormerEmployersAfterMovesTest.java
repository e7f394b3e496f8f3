package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A company named after "former" or "ex-" past the verb of a move is where someone was before, not the one joined or
 * left: "will be replaced by Jon Rubinstein, the former Apple executive". Texts written here.
 */
class FormerEmployersAfterMovesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Palm said that Chief Executive Ed Colligan is stepping down and will be replaced by Jon Rubinstein, the former Apple executive.|Jon Rubinstein|Apple",
            "Halden Bank said Ana Brandt will be replaced by Tom Hale, a former Acme Bank manager.|Tom Hale|Acme Bank",
            "Halden Bank said Ana Brandt will be replaced by Tom Hale, an ex-Acme Bank manager.|Tom Hale|Acme Bank"})
    void theFormerCompanyIsNotTheOneJoined(String text, String person, String former) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.EMPLOYMENT_START, person, former).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Palm said that Chief Executive Ed Colligan is stepping down and will be replaced by Jon Rubinstein, the former Apple executive.|Jon Rubinstein|Ed Colligan|Palm",
            "Tom Hale left Acme Bank to join Gamma Labs, the former Beta Foods unit.|Tom Hale||Gamma Labs"})
    void theMoveKeepsItsOwnCompany(String text, String joiner, String leaver, String org) {
        Extracted e = x(text);
        e.requireFact(FactType.EMPLOYMENT_START, joiner, org);
        if (leaver != null) {
            e.requireFact(FactType.EMPLOYMENT_END, leaver, org);
        }
    }
}
