package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A "whose" clause tells of its company's unnamed people ("whose chief executive resigned"): the person named after the
 * clause takes none of its moves or foundings, while names inside it do. Texts written here.
 */
class WhoseClausesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Brightwave, whose chief executive resigned in March, hired Tom Reyes as chief financial officer.|EMPLOYMENT_END",
            "Brightwave, whose founders left Google in 2019, hired Tom Reyes as chief financial officer.|EMPLOYMENT_END",
            "Brightwave, whose founders left Google in 2019, hired Tom Reyes as chief financial officer.|FOUNDED"})
    void theNameAfterTheClauseTakesNoneOfItsFacts(String text, FactType type) {
        Extracted x = Extracted.of(text, "2025-01-01");
        x.requireFactByAlias(FactType.EMPLOYMENT_START, "Tom Reyes", "Brightwave");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == type
                && f.subject().equals(x.withAlias("Tom Reyes").id())), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Brightwave, whose chief executive Anna Berg resigned in March, hired Tom Reyes.|EMPLOYMENT_END|Anna Berg|Brightwave",
            "Acme bought Kelvo, whose co-founders Anna Berg and Tom Reyes will join Acme.|FOUNDED|Tom Reyes|Kelvo"})
    void namesInsideTheClauseStillTakeItsFacts(String text, FactType type, String subject, String object) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(type, subject, object), x.describeFacts());
    }
}
