package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;

/** Where English names start and end and what they are, from the words around them. */
class EntityBoundaryRulesTest {
    @Test
    void hyphenatedGivenNamesAreWholeAndMakeAPerson() {
        Extracted x = Extracted.of("The board named Jan-Olof Brandt its chairman, and Marie-Claude Dufresne left.", "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity("Jan-Olof Brandt").type(), x.names());
        assertEquals(EntityType.PERSON, x.requireEntity("Marie-Claude Dufresne").type(), x.names());
        assertTrue(x.entity("Olof Brandt").isEmpty(), x.names());
    }

    @Test
    void titleWordsBeforeAGivenNameAreNotPartOfTheName() {
        Extracted x = Extracted.of("The plan was backed by county Commissioner Laura Pennick on Monday.", "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity("Laura Pennick").type(), x.names());
    }

    @Test
    void verbsOnlyPeopleDoMakeAnUnknownNameAPerson() {
        Extracted x = Extracted.of("Analysts said Venkata Ramaswami no longer works for Tellurix. Ramaswami's departure surprised them.",
                "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity("Venkata Ramaswami").type(), x.names());
    }

    @Test
    void placeStatementsTypeUnknownPlaces() {
        Extracted x = Extracted.of("Brivio opened an office in Tamsville, California, and is headquartered in Oberlund. "
                + "Oberlund welcomed the move, and officials in Karsk Province agreed.", "2025-01-01");
        assertEquals(EntityType.LOCATION, x.requireEntity("Tamsville").type(), x.names());
        assertEquals(EntityType.LOCATION, x.requireEntity("Oberlund").type(), x.names());
        assertEquals(EntityType.LOCATION, x.requireEntity("Karsk Province").type(), x.names());
    }

    @Test
    void aTownNamedByItsCityHallIsAPlaceAndTheHallAFacility() {
        Extracted x = Extracted.of("Repairs at Dunmore City Hall begin soon. Dunmore expects to pay $2 million. "
                + "Staff will leave City Hall in May.", "2025-01-01");
        assertEquals(EntityType.LOCATION, x.requireEntity("Dunmore").type(), x.names());
        Entity hall = x.requireEntity("Dunmore City Hall");
        assertEquals(EntityType.FACILITY, hall.type());
        assertTrue(hall.aliases().contains("City Hall"), x.names());
    }

    @Test
    void aPairJoinedByAndThatNeverSplitsIsOneName() {
        Extracted x = Extracted.of("Tiremax signed a deal with Rock and Roll. Rock and Roll will host the event. "
                + "Tiremax and Velto agreed. Velto grew.", "2025-01-01");
        assertTrue(x.entity("Rock and Roll").isPresent(), x.names());
        assertTrue(x.entity("Velto").isPresent(), x.names());
        assertTrue(x.entity("Tiremax and Velto").isEmpty(), x.names());
    }

    @Test
    void wordsThatOnlyLookLikeNamesAreLeftOut() {
        Extracted x = Extracted.of("Orvano's Co-Founder said OEMs paid US$3 million. City council agreed.", "2025-01-01");
        assertTrue(x.entity("Co").isEmpty(), x.names());
        assertTrue(x.entity("OEMs").isEmpty(), x.names());
        assertTrue(x.entity("US").isEmpty(), x.names());
        assertTrue(x.entity("City").isEmpty(), x.names());
    }

    @Test
    void productNamesFromEndingsAndAppositions() {
        Extracted x = Extracted.of("Nokia will fold Nokia Beacon, the platform it built in 2020, into Ledger Plus.", "2025-01-01");
        assertEquals(EntityType.PRODUCT, x.requireEntity("Nokia Beacon").type(), x.names());
        assertEquals(EntityType.PRODUCT, x.requireEntity("Ledger Plus").type(), x.names());
        assertTrue(x.entity("Nokia").isPresent(), x.names());
    }

    @Test
    void familyNameFirstShortFormIsThePerson() {
        Extracted x = Extracted.of("Growth will continue, said Zhou Minghao, the company's chief executive. Zhou said more.", "2025-01-01");
        Entity zhou = x.requireEntity("Zhou Minghao");
        assertTrue(zhou.aliases().contains("Zhou"), x.names());
        assertFalse(x.entity("Zhou").isPresent(), x.names());
    }

    @Test
    void aKnownCompanyWithLabsOrVenturesIsAUnitOfItsOwn() {
        Extracted x = Extracted.of("She ran Intel Labs before Intel hired her rival.", "2025-01-01");
        assertTrue(x.entity("Intel Labs").isPresent(), x.names());
        assertTrue(x.entity("Intel").isPresent(), x.names());
        assertTrue(x.entity("Labs").isEmpty(), x.names());
    }

    @Test
    void andInsideACompanyNameEndingInGroup() {
        Extracted x = Extracted.of("Harlow and Finch Group said it would not bid.", "2025-01-01");
        assertTrue(x.entity("Harlow and Finch Group").isPresent(), x.names());
    }

    @Test
    void aSurnameThatSpeaksMakesTheFullNameAPerson() {
        Extracted x = Extracted.of("The plan came from Oluwaseun Adeyemi at Brightline. \"It works,\" Adeyemi said.", "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity("Oluwaseun Adeyemi").type(), x.names());
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Brightline").type(), x.names());
    }

    @Test
    void aFacilityNamedByGenericWordsTakesItsTown() {
        Extracted x = Extracted.of("Crews will work at Naval Air Station, Pensacola, Florida, until June.", "2025-01-01");
        Entity base = x.requireEntity("Naval Air Station, Pensacola");
        assertEquals(EntityType.FACILITY, base.type(), x.names());
        assertEquals(EntityType.LOCATION, x.requireEntity("Florida").type(), x.names());
    }
}
