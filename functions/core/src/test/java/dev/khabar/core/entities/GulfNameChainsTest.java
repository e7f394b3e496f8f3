package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A known Gulf name written with more of its chain ("bin Rashid Al Maktoum") is that person, the chain included. */
class GulfNameChainsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The plan was approved by Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum on Monday.|Hamdan bin Mohammed bin Rashid Al Maktoum|Rashid Al Maktoum",
            "Hamdan bin Mohammed bin Rashid Al Maktoum opened the show.|Hamdan bin Mohammed bin Rashid Al Maktoum|Rashid Al Maktoum",
            "The visit of Hamdan bin Mohammed bin Rashid was welcomed.|Hamdan bin Mohammed bin Rashid|Rashid"})
    void theChainIsPartOfTheKnownName(String text, String written, String apart) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.spelled(written).isPresent(), x.names());
        assertTrue(x.entity(apart).isEmpty(), x.names());
    }
}
