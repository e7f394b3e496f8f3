package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Since launching Zeta in 2021, Norvix has …", "After the launch of the Zeta app, Norvix …": the doer of a trigger in
 * a clause the sentence opens on is the main clause's subject after the comma. Texts written here.
 */
class FrontedClauseDoersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Since launching Zeta in 2021, Norvix has signed up 2 million users.|Norvix|Zeta",
            "After the launch of the Zeta app last year, Norvix expanded to Egypt.|Norvix|Zeta",
            "Following the launch of its Orbo speaker, Kestrel Audio hired 40 engineers.|Kestrel Audio|Orbo"})
    void theMainClauseSubjectLaunched(String text, String maker, String product) {
        Extracted x = Extracted.of("News\n" + text, "2025-05-05");
        assertTrue(x.hasFactByAlias(FactType.PRODUCT_LAUNCH, maker, product), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "After the launch of the Zeta app last year, analysts at Morgan Stanley raised their targets.",
            "Since the Zeta app went live, Norvix has signed up 2 million users."})
    void noLaunchByAnotherSubject(String text) {
        Extracted x = Extracted.of("News\n" + text, "2025-05-05");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.PRODUCT_LAUNCH), x.describeFacts());
    }
}
