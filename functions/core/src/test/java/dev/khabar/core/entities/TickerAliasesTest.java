package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A stock ticker written beside a company's name is another spelling of that company, not a company of its own. */
class TickerAliasesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Both deals target Apple's (AAPL) app ecosystem, analysts said.|Apple|AAPL",
            "Brenwick (ticker: BRNW) expects the deal to close in May.|Brenwick|BRNW",
            "Investors cheered Corvik's (NASDAQ: CRVK) results on Monday.|Corvik|CRVK",
            "Velmora Robotics (symbol: VLMR) rose 4% after the news.|Velmora Robotics|VLMR",
            "Dubai: Kestrel Investments PJSC [DFM: KIC], the property group, bought Tarvo.|Kestrel Investments PJSC|KIC"})
    void aBracketedTickerIsTheCompany(String text, String company, String ticker) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.requireEntity(company).aliases().contains(ticker), x.names());
        assertTrue(x.entity(ticker).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Brenwick (Nasdaq: BRNW) said on Monday it would cut costs.|Brenwick|BRNW",
            "Velmora (Nyse: VLMR) agreed to buy a rival.|Velmora|VLMR",
            "Shares of Corvik (Nasdaq: CRVK) rose 4%.|Corvik|CRVK"})
    void anExchangeWrittenInLowerCaseStillOpensTheTicker(String text, String company, String ticker) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.requireEntity(company).aliases().contains(ticker), x.names());
        assertTrue(x.entity(ticker).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Brenwick is publicly traded (NASDAQ: BRNW) and employs 900 people.|BRNW",
            "The company, listed since 2015 (NYSE: VLMR), makes sensors.|VLMR",
            "Its shares trade in New York (Nasdaq: CRVK) and Toronto.|CRVK",
            "The group is listed in Abu Dhabi [ADX: KIV] and pays a dividend.|KIV"})
    void aTickerWithNoNameBeforeItIsNoCompany(String text, String ticker) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(ticker).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Corvane CRVN announced Monday that it agreed to be acquired.|Corvane|CRVN",
            "Talbex Pharmaceuticals TLBX, announced a deal with Brenwick.|Talbex Pharmaceuticals|TLBX",
            "Shares of Dorvin Foods DRVF closed up 3% on Friday.|Dorvin Foods|DRVF"})
    void anUnbracketedTickerAfterTheNameIsTheCompany(String text, String company, String ticker) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.requireEntity(company).aliases().contains(ticker), x.names());
        assertTrue(x.entity(ticker).isEmpty(), x.names());
        assertTrue(x.entity(company + " " + ticker).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The deal gives Corvane AI new customers in Europe.|Corvane AI",
            "Shares of Norvik Mining ASA fell after the report.|Norvik Mining ASA",
            "Tovalo Labs TVX said it raised money.|Tovalo Labs TVX"})
    void capitalsThatSpellNoTickerOfTheNameStayInIt(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(name).isPresent(), x.names());
    }
}
