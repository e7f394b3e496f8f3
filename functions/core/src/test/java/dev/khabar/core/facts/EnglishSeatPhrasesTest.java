package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * More ways English says where a company sits: "X-headquartered", "a Miami startup", "the Dubai lender Nexo" (a town, not a
 * country, before a company's noun; "the Boston firm" alone places no company told of before), "X is a Y-based firm", "based out of", "moved its headquarters to", and "It is based in" after a
 * sentence about the company. Texts written here.
 */
class EnglishSeatPhrasesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Lyon-headquartered Kestrel Foods will buy two dairies.|Kestrel Foods|Lyon",
            "Norrland Tools, a Porto startup, raised $4 million.|Norrland Tools|Porto",
            "The Denver lender Ridgeway Bank cut 40 jobs.|Ridgeway Bank|Denver",
            "Norrland Tools is a Tampere-based maker of drills.|Norrland Tools|Tampere",
            "Norrland Tools raised $4 million. It is based out of Porto.|Norrland Tools|Porto",
            "Kestrel Foods raised $4 million. It is headquartered in Seattle.|Kestrel Foods|Seattle",
            "Kestrel Foods raised $4 million. The company moved its headquarters from Boston to Seattle in 2021.|Kestrel Foods|Seattle",
            "Kestrel Foods raised $4 million. Last year Kestrel Foods relocated its headquarters to Manchester.|Kestrel Foods|Manchester",
            "Ridgeway Bank will buy Kestrel Foods; its headquarters will stay in Tampere, the buyer said.|Kestrel Foods|Tampere",
            "Norrland Tools grew fast. The Norrland Tools headquarters is in Kuopio, near the port.|Norrland Tools|Kuopio",
            "Kestrel Foods, a bakery chain from Ohio, based in Denver, raised $4 million.|Kestrel Foods|Denver"})
    void theSentenceSaysWhereTheCompanySits(String text, String company, String place) {
        Extracted e = Extracted.of(text, "2024-05-10");
        e.requireFact(FactType.LOCATED_IN, company, place);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Norrland Tools, a UK firm, raised $4 million.",
            "Kestrel Foods sold its Seattle business to Ridgeway Bank.",
            "Kestrel Foods raised $4 million. It said the price was based in part on demand in Seattle.",
            "Kestrel Foods raised $4 million. The company moved its headquarters staff from Boston.",
            "Kestrel Foods listed on the Seattle exchange. The Boston firm was founded in 1990.",
            "Kestrel Foods raised $4 million. It hired three engineers who are based in Seattle.",
            "Kestrel Foods raised $4 million. Its headquarters will move to Seattle next year.",
            "Ridgeway Bank will open a sales office for northern Ohio, based in Denver, next spring."})
    void noSeatIsStated(String text) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.LOCATED_IN), e.describeFacts());
    }
}
