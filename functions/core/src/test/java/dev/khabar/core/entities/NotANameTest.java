package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Capitalized English words that are not names: units, generic nouns, ordinals, dates, the fields a title covers, a
 * round's name ("Series A"), in English text or in Latin letters inside Arabic.
 */
class NotANameTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Arveko will build 40 MW turbines for Brenton.|MW",
            "Its SME customers rose to 3,000, Brenton said.|SME",
            "Kalvix said the chip runs at 3 GHz in Brenton phones.|GHz",
            "Brenton signs MoU for a 5G network with the city.|MoU",
            "Brenton launches an electric version of its SUV Korvo next month.|SUV Korvo",
            "Brenton signed MoUs with three suppliers in May.|MoUs"})
    void unitsAndGenericAcronymsAreNotNames(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(word).isEmpty(), x.names());
        assertTrue(x.entity("Brenton").isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Brenton said its phones offer quicker Internet browsing.|Internet",
            "Sensors from Brenton serve the Internet of Things (IoT) in hospitals.|Things",
            "Its chief said Brenton wants to power the Internet for the future.|Internet",
            "Sales of routers at Brenton rose 8% in Q4, the firm said.|Q4",
            "Phones from Brenton get a new UI and an HDR screen in May.|UI",
            "Phones from Brenton get a new UI and an HDR screen in May.|HDR"})
    void conventionallyCapitalizedNounsAndPeriodsAreNotNames(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(word).isEmpty(), x.names());
        assertTrue(x.entity("Brenton").isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ginni Halvorsen thanked the Board for its trust.|Board",
            "Under the plan the Fund will invest $2 million in Brivo.|Fund",
            "Palmer Rowe told the Exchange that Brivo had paid.|Exchange"})
    void aCompanysCommonNounCapitalizedIsNotAName(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(word).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ravi Menon, Kaltro's Senior Vice President for Cloud and Cognitive Software, was named CEO.|Cognitive Software",
            "Ravi Menon, Kaltro's Senior Vice President for Cloud and Cognitive Software, was named CEO.|Cloud",
            "Dana Price, vice president for Data and Applied Robotics at Kaltro, left.|Applied Robotics"})
    void theFieldATitleCoversIsNotAName(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(word).isEmpty(), x.names());
        assertTrue(x.entity("Kaltro").isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The deal was signed at the Fourth Arvenia Expo June 16.|Fourth",
            "They met at the Third Baltic Forum in May.|Third",
            "Brenton spoke at the Western Growth Program of the ministry.|Western Growth Program"})
    void ordinalsAndProgramsAreNotNames(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.name().contains(word)), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Existing backer Harald McPike, a hedge fund investor, added $5 million.|Harald McPike",
            "Fenwick said Aoife O'Hara would join the board.|Aoife O'Hara",
            "Brandt hired Callum McTavish as its new chief.|Callum McTavish"})
    void gaelicSurnamesMakeAPerson(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity(name).type(), x.names());
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Irishman said he would return to Brenton next month.|Irishman",
            "Two Frenchmen founded Brenton in 2011.|Frenchmen",
            "Investors backed the Romanian startup Brenton in May.|Romanian",
            "A Bulgarian court fined Brenton on Monday.|Bulgarian"})
    void aNationalityIsNotAName(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(word).isEmpty(), x.names());
        assertTrue(x.entity("Brenton").isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Brenton hired restructuring specialist Henrik Vollmer in May.|Henrik Vollmer",
            "The app was built by serial entrepreneurs Dorin Vlase and Mircea Tanase.|Mircea Tanase",
            "The app was built by serial entrepreneurs Dorin Vlase and Mircea Tanase.|Dorin Vlase",
            "Brenton signed up singer Talia Marsh for its launch.|Talia Marsh"})
    void aNameAfterANounForAKindOfPersonIsAPerson(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity(name).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Brenton Marine signed an order worth Rs. 420 crore with the navy.|Rs",
            "Brenton Marine named Commodore Vikram Rao (Retd) to its board.|Retd",
            "Brenton Marine booked orders worth 900 Cr. last year.|Cr"})
    void currencyAbbreviationsAndRetiredMarksAreNotNames(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(word).isEmpty(), x.names());
        assertTrue(x.entity("Brenton Marine").isPresent(), x.names());
    }

    @org.junit.jupiter.api.Test
    void aTitleCaseHeadlineWithSmallPrepositionsKeepsOnlyTheNameItsStoryRepeats() {
        Extracted x = Extracted.of("Brenton Marine Wins Orders Worth 900 Cr. with Two Partners\n"
                + "Brenton Marine said the orders run to 2027.", "2025-01-01");
        assertTrue(x.entity("Brenton Marine Wins Orders Worth").isEmpty(), x.names());
        assertTrue(x.entity("Cr").isEmpty(), x.names());
        assertTrue(x.entity("Brenton Marine").isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أغلقت شركة زيفرا جولتها التمويلية الأولى Series A بقيمة 20 مليون دولار.|Series A|زيفرا",
            "وجمعت شركة زيفرا في جولة Series B نحو 40 مليون دولار.|Series B|زيفرا",
            "Brenton raised $20 million in its Series C, led by Arveko.|Series C|Brenton"})
    void aRoundsNameIsNoName(String text, String round, String raiser) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(round).isEmpty(), x.names());
        assertTrue(x.spelled(raiser).isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت شركة زيفرا اتفاقية مع شركة Series Labs الأمريكية.|Series Labs"})
    void aNameOpeningOnSeriesStaysAName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.spelled(name).isPresent(), x.names());
    }
}
