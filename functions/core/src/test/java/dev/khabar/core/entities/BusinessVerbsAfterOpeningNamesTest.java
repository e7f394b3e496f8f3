package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A lone capitalized word opening a sentence before a verb of a company's business ("Vantro makes robots", "Orvane
 * builds ships") is a name, so "the company's chief executive" after it is held there; a common word before the same
 * verb ("Competition makes it harder") is none. Texts written here.
 */
class BusinessVerbsAfterOpeningNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Vantro makes robots. Jane Roe, the company's chief executive, said sales rose.|Vantro|true",
            "Orvane builds ships in Oslo. Its chief executive, Jane Roe, said orders rose.|Orvane|true",
            "Kelvix sells software to banks. Jane Roe, its chief financial officer, said margins grew.|Kelvix|true",
            "Competition makes it harder. Jane Roe, the company's chief executive, said sales rose.|Competition|false"})
    void theOpeningWordIsACompany(String text, String name, boolean company) {
        Extracted e = Extracted.of(text, "2025-03-01");
        assertTrue(e.entity(name).isPresent() == company, e.names());
        assertTrue(!company || e.fact(FactType.ROLE, "Jane Roe", name).isPresent(), e.describeFacts());
    }
}
