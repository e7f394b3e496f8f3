package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Styles and ranks written before a person's name are left out of it: "H.E." (His Excellency) and "H.H." (His
 * Highness) by their initials, and "Sheikh" or "Prince" right before a known name stand for no entity of their own. A
 * company named with such words stays a company. Texts written here.
 */
class StylesOfAddressTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The board noted that H.E. Faris Nabil Alkhatri, Chairman of Kestrel Properties, would lead the review.|Faris Nabil Alkhatri",
            "H.E. Omar Haddad, chairman of Tarvo Holding, opened the new office in Dubai.|Omar Haddad",
            "The award was presented by H.H. Khalid Saeed Alnuaimi at the Kestrel Tower.|Khalid Saeed Alnuaimi",
            "The deal was signed by Eng Salem Al Harthy, chairman of Kestrel Holding.|Salem Al Harthy",
            "Present were the minister and the CEO of Kestrel Telecom Eng. Samir Fawzy.|Samir Fawzy"})
    void theStyleIsLeftOut(String text, String name) {
        assertEquals(EntityType.PERSON, Extracted.of(text, "2024-05-10").requireEntity(name).type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Estates belongs to the emirate's former minister, Sheikh Faris Bin Sultan Al Nahran.|Sheikh",
            "H.H. Sheikh Nayef bin Tarek opened the Kestrel Tower.|Sheikh",
            "Present were the minister and the CEO of Kestrel Telecom Eng. Samir Fawzy.|Eng"})
    void aTitleBeforeAKnownNameIsNoEntity(String text, String title) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.entity(title).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Deputy Crown Prince and Interior Minister Prince Faris bin Nayef opened the Tarvo port.|Faris bin Nayef",
            "Crown Prince Khalid bin Tarek received the Kestrel board on Monday.|Khalid bin Tarek",
            "The prize went to Sheikha Mariam bint Saeed, who founded Tarvo Labs.|Mariam bint Saeed"})
    void aRoyalTitleBeforeAFullNameIsLeftOut(String text, String name) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.PERSON, x.requireEntity(name).type());
        assertTrue(x.entity("Crown Prince").isEmpty() && x.entity("Prince").isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Prince Faisal toured the Kestrel plant on Sunday.|Prince Faisal",
            "The Crown Prince met Queen Sofia in Madrid.|Queen Sofia"})
    void aRoyalTitleBeforeOneNameStays(String text, String name) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.PERSON, x.requireEntity(name).type());
        assertTrue(x.entity("Crown Prince").isEmpty() && x.entity("Prince").isEmpty(), x.names());
    }

    @Test
    void aFamilyNameAfterAKnownRulerGoesOnHisName() {
        Extracted x = Extracted.of("Sheikh Tahnoon bin Zayed Al Nahyan chairs the Tarvo board.", "2024-05-10");
        assertTrue(x.entity("Al Nahyan").isEmpty() && x.entity("Nahyan").isEmpty(), x.names());
        Entity ruler = x.requireEntity("Tahnoon bin Zayed");
        assertEquals(EntityType.PERSON, ruler.type());
        assertTrue(ruler.aliases().contains("Tahnoon bin Zayed Al Nahyan"), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sultan Faris Al Amri, chief executive of Tarvo Energy, said output rose.|Sultan Faris Al Amri",
            "Emir Kovac, a founder of Kestrel Labs, left in May.|Emir Kovac"})
    void aTitleThatIsAlsoAGivenNameStays(String text, String name) {
        assertEquals(EntityType.PERSON, Extracted.of(text, "2024-05-10").requireEntity(name).type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Traffic on Sheikh Faris Road slowed on Monday.|Sheikh Faris Road|LOCATION",
            "The King Omar Causeway was closed for repairs.|King Omar Causeway|LOCATION",
            "Fans filled the Prince Khalid International Stadium in Tarvo.|Prince Khalid International Stadium|FACILITY"})
    void aPlaceNamedAfterARoyalKeepsTheTitle(String text, String name, EntityType type) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertEquals(type, x.requireEntity(name).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tarvo hired Omar Haddad from H.E. Holdings.|H.E. Holdings",
            "King Fisher Logistics opened a depot in Jeddah.|King Fisher Logistics",
            "Tarvo signed with the Prince Faris bin Nayef College of Medicine on Monday.|Prince Faris bin Nayef College of Medicine",
            "King Omar bin Tarek University hired Kestrel Labs.|King Omar bin Tarek University",
            "Prince Group bought Kestrel Mining last year.|Prince Group"})
    void aCompanyStaysACompany(String text, String name) {
        assertEquals(EntityType.ORGANIZATION, Extracted.of(text, "2024-05-10").requireEntity(name).type());
    }
}
