package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Selling, offloading, exiting or cutting a stake gives it up: the one who does so invests nothing in the company
 * («باعت X حصتها في Y», «تخارجت X من حصتها», "X offloaded its stake in Y", "X exited its stake"), while buying one
 * still does. Texts written here.
 */
class StakesGivenUpTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-01-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orvex Capital offloaded a 20% stake in Kellam Foods last year.|Orvex Capital|Kellam Foods",
            "Halden Partners exited its stake in Pellman Mining in May.|Halden Partners|Pellman Mining",
            "Magnus Capital divests its 15% stake in Orbit Labs.|Magnus Capital|Orbit Labs",
            "Brenwick Holdings has reduced its stake in Corvant Systems to 4%.|Brenwick Holdings|Corvant Systems",
            "وباعت شركة أوركس القابضة حصتها في شركة كيلام للأغذية العام الماضي.|أوركس القابضة|كيلام للأغذية",
            "وتخارجت مجموعة ماغنوس من حصتها في شركة بيلمان للتعدين.|مجموعة ماغنوس|بيلمان للتعدين"})
    void theOneWhoGivesUpAStakeInvestsNothing(String text, String seller, String company) {
        Extracted x = x(text);
        x.requireEntity(company);
        assertTrue(x.fact(FactType.INVESTMENT, seller, company).isEmpty(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orvex Capital bought a 20% stake in Kellam Foods last year.|Orvex Capital|Kellam Foods",
            "Halden Partners took a stake in Pellman Mining in May.|Halden Partners|Pellman Mining",
            "واشترت شركة أوركس القابضة حصة في شركة كيلام للأغذية العام الماضي.|أوركس القابضة|كيلام للأغذية"})
    void buyingAStakeStillInvests(String text, String investor, String company) {
        x(text).requireFact(FactType.INVESTMENT, investor, company);
    }
}
