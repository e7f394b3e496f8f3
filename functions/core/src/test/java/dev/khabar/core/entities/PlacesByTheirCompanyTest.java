package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An unknown one-word name takes the kind of the names around it: an item of a list of places opened by a word of place
 * ("in", "including") it is a place; set off by ", of" after a company's name it is the company's town, after a
 * person's name the employer. A name after a list that "and" closed, or a party in a list with no opener, stays.
 * Texts written here.
 */
class PlacesByTheirCompanyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The ferry calls at Jeddah, Yanbu, Qunfudah and Dammam each week.|Qunfudah|LOCATION",
            "Stores will open in Dubai, Sharjah, Khorfakkan, and Abu Dhabi.|Khorfakkan|LOCATION",
            "Velmora Drilling, of Stavanger, signed the contract on Monday.|Stavanger|LOCATION",
            "The fund invested in Careem, Anghami and Tabbly in Dubai.|Tabbly|ORGANIZATION",
            "Investors include Careem, Dubai and Riyadh funds, and Tabbly.|Tabbly|ORGANIZATION",
            "Jane Roe, of Pellmark, said the works would end in May.|Pellmark|ORGANIZATION",
            "In Riyadh, Jeddah and Dammam, Zentrava opened three stores.|Zentrava|ORGANIZATION",
            "Kuwait and Bahrain, Qorvane said, are its biggest markets.|Qorvane|ORGANIZATION",
            "Saudi Arabia, Egypt and Halvex signed the agreement.|Halvex|ORGANIZATION",
            "Delmar Holdings, of Zorvex, and Pellmark Ltd bid for the port.|Zorvex|ORGANIZATION"})
    void theNameTakesItsNeighboursKind(String text, String name, EntityType type) {
        Extracted e = Extracted.of(text, "2024-07-01");
        assertEquals(type, e.requireEntity(name).type(), e.names());
    }
}
