package dev.khabar.core.facts;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "the company's chief executive" works for the company its own sentence names first, else the story's. Texts written here. */
class CompanysTitleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nimbus Labs agreed to buy Orbita Robotics. Orbita Robotics makes arms. Orbita Robotics is growing. “A fine fit for Nimbus Labs,” the company's chief executive, Dana Park, said.|Dana Park|Nimbus Labs",
            "Kestrel Freight will buy Orbita Robotics. Orbita Robotics builds drones. Orbita Robotics has 90 staff. Kestrel Freight gains a lot, the company's chairman, Omar Saleh, said.|Omar Saleh|Kestrel Freight",
            "Orbita Robotics raised money. Orbita Robotics will hire. The company's chief executive, Leila Haddad, said demand is high.|Leila Haddad|Orbita Robotics"})
    void theCompanyNamedInTheSentenceOwnsTheTitle(String text, String person, String company) {
        Extracted.of(text, "2024-05-02").requireFact(FactType.ROLE, person, company);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Freight won a deal with the Department of Transport. The DoT will pay $5 million. The DoT said the deal runs two years. Dana Park, chief executive of UK logistics at Kestrel Freight, said: “We are ready.”|Dana Park|Kestrel Freight",
            "Orbita Robotics sold arms to the Ministry of Health. The MoH paid in May. The MoH is pleased. Omar Saleh, head of Europe sales at Orbita Robotics, said demand is high.|Omar Saleh|Orbita Robotics",
            "Nimbus Labs signed with the Ministry of Defence. The MoD chose it in June. The MoD will pay monthly. Leila Haddad, president of Asia operations at Nimbus Labs, said more deals will follow.|Leila Haddad|Nimbus Labs"})
    void aPostOfARegionIsHeldAtTheCompanyAfterAt(String text, String person, String company) {
        Extracted.of(text, "2024-05-02").requireFact(FactType.ROLE, person, company);
    }
}
