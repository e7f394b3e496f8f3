package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "has taken-over X", "scooped up X", "gobbled up X", "swallowed X", "absorbed X", "takes over X": more verbs of a
 * takeover; absorbing a sum is none, and a person taking over a post is hired. Texts written here.
 * Those making none: {@link DealsNotMadeTest}.
 */
class TakeoverVerbFormsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Trilith Bank has taken-over Marbel Finance, a small lender.",
            "Trilith Bank has scooped up Marbel Finance.",
            "Trilith Bank gobbled up Marbel Finance for $20 million.",
            "Trilith Bank swallowed Marbel Finance in 2020.",
            "Marbel Finance was absorbed by Trilith Bank in 2020.",
            "Trilith Bank takes over Marbel Finance in a $2 billion deal."})
    void theBankBuysTheLender(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ACQUISITION, "Trilith Bank", "Marbel Finance"), x.describeFacts());
    }
}
