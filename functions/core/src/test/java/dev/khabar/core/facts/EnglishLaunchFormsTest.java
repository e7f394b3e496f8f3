package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * More forms of an English launch: "is launching", "is introducing", "the rollout of" (a press release is none), and an unknown
 * name after "the launch of" is the product put out, not a company. Texts written here.
 */
class EnglishLaunchFormsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Norrland Tools announced the launch of Ferro in Kenya.|Norrland Tools|Ferro",
            "Norrland Tools announced the rollout of Ferro to all users.|Norrland Tools|Ferro",
            "Norrland Tools is launching Ferro in Kenya.|Norrland Tools|Ferro",
            "Norrland Tools is introducing Ferro, a payments app.|Norrland Tools|Ferro",
            "Norrland Tools is releasing Ferro 2 in March.|Norrland Tools|Ferro 2"})
    void theCompanyPutsOutTheProduct(String text, String company, String product) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.PRODUCT, e.requireEntity(product).type(), e.names());
        e.requireFact(FactType.PRODUCT_LAUNCH, company, product);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Norrland Tools released a statement on Monday.",
            "Norrland Tools is releasing its results on Friday.",
            "The launch of Amazon in India was delayed.",
            "Norrland Tools won a contract to make Ferro drills, the ministry said in a press release.",
            "Norrland Tools watched the market debut of Ferro Holdings closely."})
    void nothingNamedIsPutOut(String text) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.PRODUCT_LAUNCH), e.describeFacts());
    }
}
