package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "the state investment vehicle", "investment funds of X": a deal noun qualifying a word for a company is no deal. Texts written here. */
class DealNounsNamingCompaniesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Dana Pike, chairman of Brisk Capital, was one of four executives from the investment vehicle named to Halden Bank's board.",
            "The shares were sold to pension funds and investment funds of Halden Bank, it said.",
            "Brisk Capital, the investment arm of Halden Bank, hired two partners."})
    void anInvestmentCompanyIsNoInvestment(String text) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.INVESTMENT), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Brisk Capital made an investment in Halden Bank last year.|Brisk Capital|Halden Bank",
            "Brisk Capital's investment in Halden Bank doubled.|Brisk Capital|Halden Bank"})
    void anInvestmentInANameStaysOne(String text, String investor, String company) {
        Extracted.of(text, "2024-05-10").requireFact(FactType.INVESTMENT, investor, company);
    }
}
