package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Its recent investments include A and B": the owner of the portfolio invested in each company listed. Texts written here. */
class PortfoliosTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Capital launched a new fund on Monday. Its recent investments include Orbit Labs and Halden Robotics.|Kestrel Capital",
            "Birch Ventures's portfolio includes Orbit Labs and Halden Robotics.|Birch Ventures",
            "Anvil Partners said two of its investments out of that fund include Orbit Labs and Halden Robotics.|Anvil Partners"})
    void theCompaniesAPortfolioIncludesAreInvestedIn(String text, String investor) {
        Extracted e = Extracted.of(text, "2024-05-10");
        e.requireFact(FactType.INVESTMENT, investor, "Orbit Labs");
        e.requireFact(FactType.INVESTMENT, investor, "Halden Robotics");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Capital said its customers include Orbit Labs and Halden Robotics.",
            "Birch Ventures's board includes Orbit Labs and Halden Robotics executives.",
            "The investments include a loan from Orbit Labs to Halden Robotics.",
            "Last July, the group set up a new fund. Its recent investments include Orbit Labs and Halden Robotics."})
    void otherListsInvestNothing(String text) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.INVESTMENT), e.describeFacts());
    }
}
