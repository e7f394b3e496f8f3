package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cues that a name nobody listed is a person's: the titles and lists around it. */
class PersonTypeCuesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "She will succeed current CEO and MD Tarin Vosk, who stays until June.|Tarin Vosk",
            "Corvane MD Ilsa Drennan said the plant would reopen.|Ilsa Drennan",
            "The MD, Oren Balik, said the results were strong.|Oren Balik"})
    void mdIsTheManagingDirectorsTitle(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity(person).type(), x.names());
        assertTrue(x.entity("MD " + person).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The team, including founders Choong Ng and Jeremy Bruestle, will move.|Choong Ng",
            "Its cofounders Tamsin Orr and David Kline left in May.|Tamsin Orr",
            "The founders, Ravi Okonjo and Sarah Mitchell, sold their stakes.|Ravi Okonjo"})
    void foundersIsATitleOfThePeopleNamedAfterIt(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity(person).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The chief executive of Corvane, Lachlan Brody, said the service would grow.|Lachlan Brody",
            "The head of research at Talbex, Emeka Obi, left in May.|Emeka Obi",
            "The chairman of Dorvin Foods, Piet Vermeulen, declined to comment.|Piet Vermeulen"})
    void aNameApposedToATitleAndItsEmployerIsAPerson(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity(person).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Founders Fund invested in Corvane last year.|Founders Fund",
            "Founders Forum Group hosted the event.|Founders Forum Group",
            "Money came from Founders Capital and two banks.|Founders Capital"})
    void aNameThatOpensWithFoundersStaysACompany(String text, String company) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(company).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The boss of Corvane, Lachlan Brody, said the service would grow.|Lachlan Brody",
            "Talbex boss Ilsa Drennan left in May.|Ilsa Drennan",
            "Former Dorvin boss Piet Vermeulen joined the board.|Piet Vermeulen"})
    void bossIsATitle(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity(person).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The startup was founded by Tavish Morrow and Quenby Ralt in 2019.|Tavish Morrow|Quenby Ralt",
            "Founded in 2021 by Orla Venning and Deshan Pirro, Zolvex sells insurance.|Orla Venning|Deshan Pirro",
            "The lab, co-founded last year by Ines Kovar and Bram Ottel, hires engineers.|Ines Kovar|Bram Ottel",
            "It was cofounded by Yusra Teleb.|Yusra Teleb|Yusra Teleb"})
    void oneACompanyIsFoundedByIsAPerson(String text, String first, String second) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity(first).type(), x.names());
        assertEquals(EntityType.PERSON, x.requireEntity(second).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The venture was founded by Marlow Partners in 2015.|Marlow Partners",
            "The fund was founded by Tessaly Capital and Orrin Ventures.|Orrin Ventures"})
    void aBodyThatFoundsStaysACompany(String text, String company) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(company).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The portal is run by Tavish Morrow (CEO) and Quenby Ralt (COO).|Quenby Ralt",
            "Deshan Pirro (CTO) built the engine.|Deshan Pirro",
            "The board named Orla Venning (chief financial officer) last week.|Orla Venning"})
    void aTitleInBracketsAfterANameIsAPersons(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity(person).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Shares of Marlow Holdings (LSE: MRL) rose on Monday.|Marlow Holdings"})
    void aTickerInBracketsIsNoTitle(String text, String company) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(company).type(), x.names());
    }
}
