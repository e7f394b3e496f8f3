package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where a deal's parties stop: a seller after "from", a platform after "for", a name past ", and"; and the doers an
 * anaphor reaches: "the U.S. firm", a "the company" chained through "The startup …". Texts written here.
 */
class DealPartyLimitsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nimbus Labs bought the warehouse in 2019 from Kestrel Freight.|ACQUISITION",
            "Orbita Robotics purchased two sites last year from Kestrel Freight.|ACQUISITION",
            "Nimbus Labs released new apps for Android on Monday.|PRODUCT_LAUNCH",
            "Kestrel Freight launched a tracking service on iPhone and Android.|PRODUCT_LAUNCH",
            "Nimbus Labs unveiled a plan to invest in young startups, and Sequoia Capital has built a program of its own.|INVESTMENT",
            "Orbita Robotics said it would invest in local suppliers, and Kestrel Freight agreed.|INVESTMENT",
            "Nimbus Labs signed deals before, Dana Park told TechCrunch, but never disclosed the stake sizes.|INVESTMENT",
            "Kestrel Freight told Reuters that its stake values fell last year.|INVESTMENT"})
    void noPartyPastTheLimit(String text, FactType type) {
        Extracted x = Extracted.of(text, "2024-05-02");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == type), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nimbus Labs made a choice. The U.S. venture firm took a stake in Orbita Robotics.|Nimbus Labs|Orbita Robotics",
            "Kestrel Freight grew fast. The German logistics company invested in Orbita Robotics.|Kestrel Freight|Orbita Robotics",
            "Nimbus Labs expanded to Ghana. The startup raised money, including from Sequoia Capital, and is hiring. In May, the company acquired Orbita Robotics.|Nimbus Labs|Orbita Robotics"})
    void theAnaphorReachesTheDoer(String text, String doer, String object) {
        Extracted x = Extracted.of(text, "2024-05-02");
        assertTrue(x.fact(FactType.INVESTMENT, doer, object).isPresent() || x.fact(FactType.ACQUISITION, doer, object).isPresent(),
                x.describeFacts());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Nimbus Labs was planning to become a minority investor in Orbita Robotics.",
            "Nimbus Labs became an early investor in Orbita Robotics in 2019.",
            "Nimbus Labs will become the largest investor in Orbita Robotics."})
    void becomingAnInvestorIsAnInvestment(String text) {
        Extracted.of(text, "2024-05-02").requireFact(FactType.INVESTMENT, "Nimbus Labs", "Orbita Robotics");
    }
}
