package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** Product names made of a family or a brand plus model words and numbers are found whole, as products. */
class ProductModelNamesTest {
    @Test
    void aKnownFamilyKeepsItsModelWordsAndNumbers() {
        Extracted x = Extracted.of("Reviewers compared the iPhone 6 Plus with the Pixel 8 Pro last week. "
                + "Shops also stocked the iPad Pro 11 and the Pixel Watch 2 ahead of the holidays.", "2025-01-01");
        for (String name : new String[] {"iPhone 6 Plus", "Pixel 8 Pro", "iPad Pro 11", "Pixel Watch 2"}) {
            assertEquals(EntityType.PRODUCT, x.requireEntity(name).type(), x.names());
        }
        assertTrue(x.entity("Plus").isEmpty() && x.entity("Pro").isEmpty() && x.entity("Watch").isEmpty(), x.names());
    }

    @Test
    void aKnownBrandBeforeAModelWordNamesAProduct() {
        Extracted x = Extracted.of("Shoppers in Lisbon paid with Samsung Pay and Google Pay at the fair. "
                + "Xiaomi Watch 3 sold out within hours.", "2025-01-01");
        for (String name : new String[] {"Samsung Pay", "Google Pay", "Xiaomi Watch 3"}) {
            assertEquals(EntityType.PRODUCT, x.requireEntity(name).type(), x.names());
        }
        assertTrue(x.entity("Pay").isEmpty(), x.names());
    }

    @Test
    void anUnknownFamilyKeepsANumberBeforeAModelWord() {
        Extracted x = Extracted.of("Torvik released the Zenphone 6 Plus in March. The Koru 3 Max and the Vela 12 Ultra "
                + "followed in May.", "2025-01-01");
        for (String name : new String[] {"Zenphone 6 Plus", "Koru 3 Max", "Vela 12 Ultra"}) {
            assertEquals(EntityType.PRODUCT, x.requireEntity(name).type(), x.names());
        }
    }

    @Test
    void aCountAfterAFamilyIsNotAModelNumber() {
        Extracted x = Extracted.of("Sales of the iPhone 20 million units ahead of forecasts surprised analysts. "
                + "Shoppers bought the Pixel 3 million times, and Amazon Air added two planes.", "2025-01-01");
        assertEquals(EntityType.PRODUCT, x.requireEntity("iPhone").type(), x.names());
        assertEquals(EntityType.PRODUCT, x.requireEntity("Pixel").type(), x.names());
        assertTrue(x.entity("Amazon Air").isEmpty(), x.names());
    }

    @Test
    void eachModelLaunchedInOneSentenceIsLaunched() {
        Extracted x = Extracted.of("Samsung unveiled the Galaxy Watch 6 and Samsung Pay Plus on Tuesday. "
                + "Google launched the Pixel 9 Pro and the Pixel Watch 3 in Seoul.", "2025-01-01");
        x.requireFact(FactType.PRODUCT_LAUNCH, "Google", "Pixel 9 Pro");
        x.requireFact(FactType.PRODUCT_LAUNCH, "Google", "Pixel Watch 3");
        x.requireFact(FactType.PRODUCT_LAUNCH, "Samsung", "Samsung Pay Plus");
    }

    @Test
    void theWrapsIdiomLaunchesAndSizedModelsInAListAreEachLaunched() {
        Extracted x = Extracted.of("Samsung held an event in Seoul on Monday. On Tuesday, the company took the wraps off "
                + "a thinner, 6.1-inch Galaxy S24 and 6.7-inch Galaxy S24 Plus. Google pulled the wraps off the Pixel 9 Pro "
                + "and a new Pixel Watch 3 in May. Xiaomi showed off the Xiaomi Pad 6 and its cheaper Xiaomi Watch 2.",
                "2025-01-01");
        x.requireFact(FactType.PRODUCT_LAUNCH, "Samsung", "Galaxy S24");
        x.requireFact(FactType.PRODUCT_LAUNCH, "Samsung", "Galaxy S24 Plus");
        x.requireFact(FactType.PRODUCT_LAUNCH, "Google", "Pixel 9 Pro");
        x.requireFact(FactType.PRODUCT_LAUNCH, "Google", "Pixel Watch 3");
        x.requireFact(FactType.PRODUCT_LAUNCH, "Xiaomi", "Xiaomi Pad 6");
        x.requireFact(FactType.PRODUCT_LAUNCH, "Xiaomi", "Xiaomi Watch 2");
    }

    @Test
    void aModelWordAloneAfterTheIsNotACompany() {
        Extracted x = Extracted.of("Apple unveiled the Apple Watch on Monday. Buyers liked the Watch at once. "
                + "Reviewers praised the Pro for its screen, and the Max sold out. The company also launched Apple Pay.",
                "2025-01-01");
        assertTrue(x.entity("Watch").isEmpty() && x.entity("Pro").isEmpty() && x.entity("Max").isEmpty(), x.names());
        x.requireFact(FactType.PRODUCT_LAUNCH, "Apple", "Apple Pay");
    }
}
