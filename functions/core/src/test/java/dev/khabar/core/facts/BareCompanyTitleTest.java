package dev.khabar.core.facts;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Jane Roe, Acme VP for sales, said": a title apposed to a person with its company before it and no article, the
 * common press form of "Jane Roe, a vice president at Acme". Texts written here.
 */
class BareCompanyTitleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Petra Lindqvist, Corvane CEO, said the results were strong.|Petra Lindqvist|Corvane",
            "Omar Haddad, Tessaly Foods vice president for marketing, told reporters the plant would reopen.|Omar Haddad|Tessaly Foods",
            "Sales rose, said Lena Brandt, Brightmoor Health VP for strategy and development.|Lena Brandt|Brightmoor Health",
            "Ravi Menon, Halcyon Grid head of operations, declined to comment.|Ravi Menon|Halcyon Grid"})
    void theCompanyBeforeTheTitleEmploysThePerson(String text, String person, String company) {
        Extracted.of(text, "2024-05-02").requireFact(FactType.ROLE, person, company);
    }
}
