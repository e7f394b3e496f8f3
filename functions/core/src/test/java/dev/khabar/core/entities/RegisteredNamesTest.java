package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names as registers and governments write them: a legal ending after common words ("Spectra Engineers Ltd"), a
 * public body named by fields joined by "and", a committee by the matter it sits on.
 */
class RegisteredNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The pipes came from Harlow Engineers Ltd under the deal.|Harlow Engineers Ltd|Harlow",
            "Medicines were bought from Eastern Drugs Company Limited last year.|Eastern Drugs Company Limited|Limited",
            "The order went to Kestrel Builders Ltd, a local firm.|Kestrel Builders Ltd|Kestrel",
            "Suppliers include TANSO Co. Ltd and two others.|TANSO Co. Ltd|TANSO Co",
            "The fleet is run by Greenway Mobility Pvt. Ltd in Pune.|Greenway Mobility Pvt. Ltd|Greenway Mobility Pvt",
            "Orvane bought the plot from Tarvo Estates PJSC for AED 90 million.|Tarvo Estates PJSC|Tarvo Estates PJSC for AED"})
    void aLegalEndingTakesTheCommonWordsBeforeIt(String text, String name, String fragment) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(name).type(), x.names());
        assertTrue(x.entity(fragment).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The ruler becomes a shareholder in Emaar Properties PJSC under the plan.|Emaar|PJSC",
            "Omantel SAOG named a new chief executive on Sunday.|Omantel|SAOG",
            "Tarvo signed a supply deal with Kestrel Marine QPSC in Doha.|Kestrel Marine QPSC|QPSC"})
    void aGulfLegalFormClosesTheCompanysName(String text, String company, String form) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(company).type(), x.names());
        assertTrue(x.entity(form).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Fuel will come from Vitol Asia Pte Ltd under a new deal.|Vitol Asia Pte Ltd|Vitol",
            "The plant is owned by Siemens Brasil Ltd, which runs it.|Siemens Brasil Ltd|Siemens",
            "Parts are made by Bosch Vietnam Limited in a new plant.|Bosch Vietnam Limited|Bosch"})
    void aKnownCompanyWithARegionAndALegalEndingIsItsRegisteredUnit(String text, String unit, String parent) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(unit).type(), x.names());
        assertTrue(x.entity(parent).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A plan placed by Energy and Mineral Resources Division was approved.|Energy and Mineral Resources Division|Energy",
            "Roads and Highways Department will award the work to a local firm.|Roads and Highways Department|Roads",
            "The permit was granted by the Fisheries and Livestock Department on Sunday.|Fisheries and Livestock Department|Fisheries",
            "Water and Sewerage Authority raised its tariff.|Water and Sewerage Authority|Water",
            "Orvane won a tender from the Supply and Logistics Directorate of the navy.|Supply and Logistics Directorate|Supply",
            "The Mines and Quarries Inspectorate fined Kellam on Monday.|Mines and Quarries Inspectorate|Mines",
            "Brivo briefed the Planning and Budget Secretariat last week.|Planning and Budget Secretariat|Planning",
            "Samples went to the Soil and Crop Research Institute in March.|Soil and Crop Research Institute|Soil",
            "Kellam's board set up a Finance and Capital Committee to review bids.|Finance and Capital Committee|Finance"})
    void fieldsJoinedByAndBeforeAPublicBodyAreOneName(String text, String name, String fragment) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(name).type(), x.names());
        assertTrue(x.entity(fragment).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Growth slowed at Orvane and Tarvo Capital lost money.|Orvane",
            "Brivo hired staff in Finance and Kellam Institute trained them.|Kellam Institute",
            "Its board formed an Audit and Capital Committee on Monday.|Audit and Capital Committee"})
    void namesBeforeAndAreNoFieldsOfABody(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(name).isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jane Roe, secretary-general of the Federation of All Kenya Farmers, welcomed the ruling.|Federation of All Kenya Farmers|Kenya Farmers",
            "The Union of All Nepal Weavers said prices rose.|Union of All Nepal Weavers|Nepal Weavers"})
    void allCapitalizedAfterOfStaysInTheName(String text, String name, String fragment) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(name).type(), x.names());
        assertTrue(x.entity(fragment).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Board of All Routes Freight approved the merger.|Board of All Routes Freight"})
    void allAfterAnotherWordsOfOpensANewName(String text, String notAName) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(notAName).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Cabinet Committee on Public Purchase approved eight proposals.|Cabinet Committee on Public Purchase",
            "The deal was cleared by the Select Committee on Foreign Investment last week.|Select Committee on Foreign Investment",
            "Members of the Advisory Council on Digital Trade met in Dhaka.|Advisory Council on Digital Trade"})
    void aCommitteeIsNamedByWhatItSitsOn(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(name).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Harbour Committee on Monday approved the new berth.|Harbour Committee",
            "The Trade Council on Friday cut its forecast for exports.|Trade Council",
            "The Budget Commission on June 3 published its report.|Budget Commission"})
    void aDayAfterOnIsNoMatter(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(name).isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The agency will import fuel at a cost of Tk 267 crore next year.",
            "Rustam Traders won a Tk 40 crore order for the bridge.",
            "The board approved Tk 1,200 crore for the new line."})
    void theTakaWrittenTkIsNoName(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity("Tk").isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orvane Rubber PLC agreed to buy a rival. Orvane Rubber will pay in cash.|Orvane Rubber|Orvane Rubber PLC",
            "Kestrel Analytics Inc hired a chief. Kestrel Analytics said the hire starts in May.|Kestrel Analytics|Kestrel Analytics Inc",
            "Talmont Foods SA cut 200 jobs. Talmont Foods said demand fell.|Talmont Foods|Talmont Foods SA"})
    void aNameWithItsLegalEndingIsTheCompanyOfTheShortName(String text, String name, String legal) {
        Extracted x = Extracted.of(text, "2025-01-01");
        Entity company = x.requireEntity(name);
        assertTrue(company.aliases().contains(legal), x.names());
        assertTrue(x.entity(legal).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Rivola Platforms bought two mines. Rivola said the mines cost $50 million.|Rivola Platforms|Rivola",
            "Shares of Dennet Flooring rose. Dennet said sales grew.|Dennet Flooring|Dennet",
            "Brisk Mobility Services raised money. Brisk Mobility said it will hire.|Brisk Mobility Services|Brisk Mobility"})
    void aShortNameTheLongOneOpensWithIsTheSameCompany(String text, String name, String shortName) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.requireEntity(name).aliases().contains(shortName), x.names());
        assertTrue(x.entity(shortName).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Corvane Pharma sold the drug to Corvane. Corvane said the sale closed.|Corvane Pharma|Corvane",
            "Maldor Lighting bought the plant. Maldor said the unit will grow.|Maldor Lighting|Maldor",
            "Tessel Healthcare opened a clinic. Tessel said it will open more.|Tessel Healthcare|Tessel"})
    void aUnitIsNotTheCompanyItsWordOpens(String text, String unit, String company) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(unit).isPresent(), x.names());
        assertTrue(x.entity(company).isPresent(), x.names());
    }
}
