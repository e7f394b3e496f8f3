package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Title-case lines, the words inside titles and documents, model names, and the short forms of company names. */
class HeadlineAndShortFormTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Halvex Robotics Raises $40 Million To Expand Warehouse Automation~Halvex Robotics said on Tuesday it raised money.|Halvex Robotics|Warehouse Automation",
            "Dorvin Foods Buys Rival Snack Maker Crunchly~Dorvin Foods agreed to buy Crunchly for $2 million.|Dorvin Foods|Rival Snack Maker",
            "Top Ten Fintech Startups To Watch In Europe~Kelvo Pay grew fast, Kelvo Pay said.|Kelvo Pay|Fintech Startups"})
    void aTitleCaseLineKeepsOnlyWhatTheStoryRepeats(String text, String name, String notName) {
        Extracted x = Extracted.of(text.replace('~', '\n'), "2025-01-01");
        assertTrue(x.entity(name).isPresent(), x.names());
        assertTrue(x.document().entities().stream().noneMatch(e -> e.name().contains(notName)), x.names());
        assertTrue(x.document().entities().stream().noneMatch(e -> e.name().endsWith("Raises") || e.name().endsWith("Buys")),
                x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Chief Financial Officer Raj Patel will leave Tovalo.|Financial",
            "Tovalo named Ana Ruiz Chief Technology Officer last week.|Technology",
            "Senior Vice President Lee Park joined Tovalo; Chief Operating Officer Mia Chen left.|Operating"})
    void titleWordsBetweenTitleHeadsAreNoName(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(word).isEmpty(), x.names());
        assertTrue(x.entity("Tovalo").isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tovalo signed a Memorandum of Understanding with Brenwick.|Memorandum of Understanding",
            "According to its Annual Report, Tovalo hired 300 people.|Annual Report",
            "Tovalo welcomed the Lisbon Accord on data sharing.|Lisbon Accord"})
    void documentsAreNoEntities(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(name).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Norvik said its Picker X2 robot is used by retailers.|Picker X2",
            "Retailers stocked the Zeltra S24 in May.|Zeltra S24",
            "Airlines ordered the Corvan A320 from Norvik.|Corvan A320"})
    void lettersAndDigitsEndAModelName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PRODUCT, x.requireEntity(name).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Velmora Robotics raised $5 million. Velmora will hire engineers.|Velmora Robotics|Velmora",
            "The round was led by Quenby Global Investors. Quenby said it was pleased.|Quenby Global Investors|Quenby",
            "Drastel Pharmaceuticals cut jobs, and analysts said Drastel blamed costs.|Drastel Pharmaceuticals|Drastel"})
    void aCompanyNameWithoutItsIndustryWordsIsTheCompany(String text, String full, String shortName) {
        Extracted x = Extracted.of(text, "2025-01-01");
        Entity e = x.requireEntity(full);
        assertTrue(e.aliases().contains(shortName), x.names());
        assertTrue(x.entity(shortName).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Money came from Brightwell Ventures and existing investor Kestrel Holdings.|Brightwell Ventures",
            "Backers include Ostrava Capital and longtime investor Pell Partners.|Ostrava Capital",
            "It hired Marlow Group and the consulting firm Dorne Advisors.|Marlow Group"})
    void aNameBeforeAndIsNoDescriptorOfTheNextName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(name).isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Federal Reserve Bank of Boston published the study.|Federal Reserve Bank of Boston",
            "Ships wait at the Port of Rotterdam this week.|Port of Rotterdam",
            "Analysts at the Bank of Lisbon disagreed.|Bank of Lisbon"})
    void aBankOrPortOfAPlaceIsOneName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(name).isPresent(), x.names());
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Ministry of Defence signed a deal with Norvik Marine. The MoD said Norvik Marine will build two ships.|Ministry of Defence|MoD",
            "The Department of Justice sued Tovalo on Monday. A DoJ lawyer said the case is strong.|Department of Justice|DoJ",
            "Kelvo Pay won a contract from the Department for Education. The DfE will pay Kelvo Pay $3 million.|Department for Education|DfE"})
    void aMixedCaseAcronymIsItsFullName(String text, String full, String acronym) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.requireEntity(full).aliases().contains(acronym), x.names());
        assertEquals(1, x.document().entities().stream().filter(e -> e.aliases().contains(acronym)).count(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Mercy Clinic hired Ana Ruiz. Senator McCain visited Mercy Clinic on Monday.|Mercy Clinic|McCain",
            "The Ministry of Health fined Tovalo. Tovalo said the MoF also asked for records.|Ministry of Health|MoF"})
    void aMixedCaseWordThatDoesNotSpellTheNameStaysApart(String text, String full, String other) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.requireEntity(full).aliases().stream().noneMatch(a -> a.equals(other)), x.names());
    }
}
