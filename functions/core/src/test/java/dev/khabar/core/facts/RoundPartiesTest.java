package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who a round's investors are and who raised it, when the sentence tells them around an aside or after "joined by".
 * "X, one of the firms that's building Y, said it has raised …": the aside about the name opening the sentence may
 * hold a "that" or a "which", yet the "it" after the reporting verb ("said on Tuesday it", "said in a statement that it")
 * is still X. Texts written here.
 */
class RoundPartiesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Zorvex Robotics, one of the startups that's building warehouse machines which could change logistics, said it has raised $40 million in financing yesterday.|FUNDING_ROUND|Zorvex Robotics|",
            "Halcyon Grid, among the firms that are rebuilding power networks, says it raised $12 million from Kestrel Capital.|FUNDING_ROUND|Halcyon Grid|",
            "Nimbus Labs, one of the groups that was hit hardest by the downturn, announced it has acquired Orbita Robotics.|ACQUISITION|Nimbus Labs|Orbita Robotics",
            "Kestrel Freight, one of the carriers that serve the northern ports, said it will acquire Orbita Robotics for $90 million.|ACQUISITION|Kestrel Freight|Orbita Robotics",
            "Brightwave, a London-based startup that helps small firms manage cash, said on Tuesday it had raised $60 million.|FUNDING_ROUND|Brightwave|",
            "Brightwave, a startup that helps small firms, said in a statement that it had acquired Ledgerly.|ACQUISITION|Brightwave|Ledgerly",
            "Nimbus Labs, a firm that builds drones, announced Monday it has acquired Orbita Robotics.|ACQUISITION|Nimbus Labs|Orbita Robotics",
            "LONDON, March 4 (Reuters) - Brightwave, a startup that helps small firms manage cash, said on Tuesday it had raised $60 million.|FUNDING_ROUND|Brightwave|",
            "القاهرة (رويترز) - قالت شركة نوفابيت المدرجة في البورصة، اليوم الخميس، إنها استحوذت على شركة زيفرا.|ACQUISITION|نوفابيت|زيفرا"})
    void theNameBeforeTheAsideDoesTheDeed(String text, FactType type, String doer, String object) {
        Extracted.of(text, "2024-05-02").requireFact(type, doer, object);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orbita Robotics raised $25 million in a Series B round led by Kestrel Capital, and joined by Halcyon Ventures.|Halcyon Ventures|Orbita Robotics",
            "Birchwood Energy raised $30 million in a round that was joined by Halcyon Ventures.|Halcyon Ventures|Birchwood Energy",
            "Nimbus Labs raised $8 million in seed funding led by Kestrel Capital and joined by Birchwood Partners.|Birchwood Partners|Nimbus Labs"})
    void joiningARoundIsInvesting(String text, String investor, String raiser) {
        Extracted.of(text, "2024-05-02").requireFact(FactType.INVESTMENT, investor, raiser);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Brightwave, a startup that helps small firms, said on Tuesday that Orbita Robotics had acquired Ledgerly.|Brightwave|Ledgerly"})
    void aReportedClauseWithItsOwnDoerIsNotTheReporters(String text, String reporter, String object) {
        Extracted x = Extracted.of(text, "2024-05-02");
        x.requireFact(FactType.ACQUISITION, "Orbita Robotics", object);
        assertTrue(x.fact(FactType.ACQUISITION, reporter, object).isEmpty(), x.describeFacts());
    }
}
