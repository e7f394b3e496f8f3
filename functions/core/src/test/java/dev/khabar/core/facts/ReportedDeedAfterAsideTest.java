package dev.khabar.core.facts;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "X, one of the firms that's building Y, said it has raised …": the aside about the name opening the sentence may
 * hold a "that" or a "which", yet the "it" after the reporting verb is still X. Texts written here.
 */
class ReportedDeedAfterAsideTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Zorvex Robotics, one of the startups that's building warehouse machines which could change logistics, said it has raised $40 million in financing yesterday.|FUNDING_ROUND|Zorvex Robotics|",
            "Halcyon Grid, among the firms that are rebuilding power networks, says it raised $12 million from Kestrel Capital.|FUNDING_ROUND|Halcyon Grid|",
            "Nimbus Labs, one of the groups that was hit hardest by the downturn, announced it has acquired Orbita Robotics.|ACQUISITION|Nimbus Labs|Orbita Robotics",
            "Kestrel Freight, one of the carriers that serve the northern ports, said it will acquire Orbita Robotics for $90 million.|ACQUISITION|Kestrel Freight|Orbita Robotics"})
    void theNameBeforeTheAsideDoesTheDeed(String text, FactType type, String doer, String object) {
        Extracted.of(text, "2024-05-02").requireFact(type, doer, object);
    }
}
