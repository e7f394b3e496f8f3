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
}
