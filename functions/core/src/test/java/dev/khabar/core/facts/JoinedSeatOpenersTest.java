package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Founded in 2015 and based in Oslo, Quendo Labs …": a seat phrase joined by "and" to the phrase a sentence opens
 * with seats the organization after the place's comma, as a seat phrase opening the sentence does. Texts written here.
 */
class JoinedSeatOpenersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Founded in 2015 and based in Oslo, Quendo Labs sells sensors.|Quendo Labs|Oslo",
            "Launched in 2019 and headquartered in Austin, Texas, Halden Software sells tools.|Halden Software|Austin",
            "Quendo Labs was founded in 2015 and based in Oslo until it moved.|Quendo Labs|Oslo"})
    void theJoinedSeatIsTheNamedOrganizations(String text, String org, String place) {
        Extracted.of(text, "2024-01-01").requireFact(FactType.LOCATED_IN, org, place);
    }

    @Test
    void anOrganizationNamedLaterInTheClauseIsNotSeated() {
        Extracted x = Extracted.of("Founded in 2015 and based in Oslo, the startup sells sensors to Quendo Labs.", "2024-01-01");
        assertFalse(x.hasFactOfType(FactType.LOCATED_IN), x.describeFacts());
    }
}
