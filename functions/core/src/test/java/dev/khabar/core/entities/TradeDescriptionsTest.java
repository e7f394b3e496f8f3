package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Zeta Robotics, a robot maker,": a product noun before a company noun tells the trade of a company. Texts written here. */
class TradeDescriptionsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Zeta Robotics, a robot maker, said it raised $20 million from North Ventures.|Zeta Robotics",
            "Halden Aero, a drone maker, said it raised $8 million from Kestrel Capital.|Halden Aero",
            "Birch Mobility, an electric car startup, said it raised $30 million from Anvil Partners.|Birch Mobility"})
    void aProductNounBeforeACompanyNounDescribesACompany(String text, String name) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.ORGANIZATION, e.requireEntity(name).type());
        e.requireFact(FactType.FUNDING_ROUND, name, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orbit Labs released Zeta Glide, a robot for warehouses, in May.|Zeta Glide",
            "Kestrel Motors showed the Halden Arrow, a car built for cities.|Halden Arrow"})
    void aProductNounAloneStillDescribesAProduct(String text, String name) {
        assertEquals(EntityType.PRODUCT, Extracted.of(text, "2024-05-10").requireEntity(name).type());
    }
}
