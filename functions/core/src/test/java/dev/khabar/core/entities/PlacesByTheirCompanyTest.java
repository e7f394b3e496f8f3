package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An unknown one-word name takes the kind of the names around it: listed with two places and no company it is a
 * place; set off by ", of" after a company's name it is the company's town, after a person's name the employer.
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
            "Jane Roe, of Pellmark, said the works would end in May.|Pellmark|ORGANIZATION"})
    void theNameTakesItsNeighboursKind(String text, String name, EntityType type) {
        Extracted e = Extracted.of(text, "2024-07-01");
        assertEquals(type, e.requireEntity(name).type(), e.names());
    }
}
