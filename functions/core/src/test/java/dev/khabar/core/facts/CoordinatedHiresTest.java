package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Everyone an English hire lists after its verb is hired ("appointed A and B as co-chief executives"); a name set off
 * after the one hired and saying something is a speaker. Texts written here.
 */
class CoordinatedHiresTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Mining appointed Sofia Lindqvist and Omar Haddad as co-chief executives.|true",
            "Kestrel Mining has hired Sofia Lindqvist, Lena Fischer and Omar Haddad.|true",
            "Kestrel Mining named Sofia Lindqvist and Omar Haddad to its board.|true",
            "Kestrel Mining hired Sofia Lindqvist, Omar Haddad said.|false",
            "Kestrel Mining hired Sofia Lindqvist, Lena Fischer and Omar Haddad said.|false"})
    void eachPersonListedIsHired(String text, boolean hired) {
        Extracted e = Extracted.of(text, "2024-05-10");
        e.requireFact(FactType.EMPLOYMENT_START, "Sofia Lindqvist", "Kestrel Mining");
        assertEquals(hired, e.fact(FactType.EMPLOYMENT_START, "Omar Haddad", "Kestrel Mining").isPresent(), e.describeFacts());
    }
}
