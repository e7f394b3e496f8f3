package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where unknown English organization names end: tails that are common words, "of" a place, "and" a field. */
class OrganizationBoundaryTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The University of Leeds at its spring fair hired Tarvo.|University of Leeds",
            "The Bank of Tarvonia at Kestrel Street opened a branch.|Bank of Tarvonia",
            "A professor of the University of Tarvonia at Zentrix Labs led the study.|Zentrix Labs"})
    void onlyAUniversityOfAPlaceTakesItsCampus(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(name).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The round was led by Halvern Global Investors on Monday.|Halvern Global Investors",
            "Shares of Dunmore Pharmaceuticals rose after the trial.|Dunmore Pharmaceuticals",
            "Quillon Financial Services will buy the unit.|Quillon Financial Services",
            "A loan came from Corvid Capital Advisors last year.|Corvid Capital Advisors"})
    void aCommonWordThatEndsACompanyNameStaysInIt(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(name).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Harlow Brandt + Partners advised the buyer on the deal.|Harlow Brandt + Partners",
            "Shares of Vossler + Co fell after the report.|Vossler + Co"})
    void aSpacedPlusBeforeACompanysEndingJoinsIt(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(name).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The fund was paid for by Royal Bank of Scotland in March.|Royal Bank of Scotland|Scotland",
            "Researchers at the University of Leeds built the sensor.|University of Leeds|Leeds",
            "The Central Bank of Egypt raised rates again.|Central Bank of Egypt|Egypt",
            "She earned her doctorate at the University of Ohio at Dayton in 2011.|University of Ohio at Dayton|Dayton",
            "A lab at the University of Tarvonia at Lake Mira built the drone.|University of Tarvonia at Lake Mira|Lake Mira"})
    void aBankOrUniversityOfAPlaceTakesThePlace(String text, String name, String place) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(name).type(), x.names());
        assertTrue(x.entity(place).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Bureau of Consular Services and Passport Affairs hired Keltro.|Bureau of Consular Services and Passport Affairs",
            "The Ministry of Housing and Urban Development signed it.|Ministry of Housing and Urban Development",
            "The Department of Mines and Mineral Resources approved it.|Department of Mines and Mineral Resources"})
    void andBeforeAFieldClosesAnOfName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(name).isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The round was led by the Growth Fund of Birchwood Venture Capital and Larkspur Ventures.|Larkspur Ventures",
            "Backers include the Seed Fund of Tamsin Capital and Orrin Partners.|Orrin Partners",
            "The Climate Fund of Verel Holdings and Nadir Capital joined the round.|Nadir Capital"})
    void twoCompaniesEachClosedByTheirEndingAreNotOneOfName(String text, String second) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(second).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "He ran the company's Systems and Technology Group until May.|Systems and Technology Group",
            "She led Acme's Services and Support Division for years.|Services and Support Division",
            "Brelco's Solutions and Platforms Group grew fast.|Solutions and Platforms Group"})
    void aUnitNamedByGenericWordsJoinsThemWithAnd(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(name).isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The State Department awarded General Dynamics Information Technology a deal.|General Dynamics Information Technology|General Dynamics",
            "Goldman Sachs Asset Management sold its stake.|Goldman Sachs Asset Management|Goldman Sachs",
            "Microsoft Research published the paper.|Microsoft Research|Microsoft"})
    void aKnownCompanyFollowedByAUnitWordIsTheUnit(String text, String unit, String parent) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(unit).isPresent(), x.names());
        assertTrue(x.entity(parent).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jan 3 - Fiber maker Orlent Photonics Inc ORLP.O agreed to the offer.|Orlent Photonics Inc|ORLP",
            "At 9:12am: [LON:KVRN] Kavern Foods PLC shares rose.|Kavern Foods PLC|LON:KVRN",
            "Telvoro Holdings TLVH.N said profit fell.|Telvoro Holdings|TLVH"})
    void aTickerBesideANameIsNotPartOfIt(String text, String name, String ticker) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(name).isPresent(), x.names());
        assertTrue(x.document().entities().stream().noneMatch(e -> e.name().contains(ticker)), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Valmet plans production of the GTU-16 turbines.|GTU-16",
            "The air force ordered more MQ-9 drones from Velcor.|MQ-9",
            "Pilots flew the KT-40 trainer at the show.|KT-40"})
    void lettersAndANumberJoinedByAHyphenAreAModel(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PRODUCT, x.requireEntity(name).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "People.ai cut staff, said Brandon Lee.|People.ai",
            "Shares of Monday.com rose.|Monday.com",
            "Analysts like Signal.io and its rivals.|Signal.io"})
    void aWordWithAWebEndingIsAName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(name).isPresent(), x.names());
    }
}
