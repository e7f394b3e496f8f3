package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "News" closes the name of an outlet, as a company's ending does; alone it names nothing. */
class NewsOutletNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Corvik cut 40 jobs, the Harlow Valley News reported on Monday.|Harlow Valley News",
            "Brenwick told Delmar News Service it had no comment.|Delmar News Service",
            "According to Tovalo Business News, the deal closed in May.|Tovalo Business News"})
    void anOutletNamedWithNewsIsOneOrganization(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(name).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "News of the deal sent Corvik shares up 5%.",
            "Brenwick said the News was welcome."})
    void newsAloneIsNoName(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity("News").isEmpty(), x.names());
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Corvik is buying Brenwick, reports The Harlow Times. But the Times says talks stalled.|The Harlow Times|Times",
            "The Delmar Journal first reported the deal; Corvik declined to comment to the Journal.|The Delmar Journal|Journal",
            "Brenwick will cut 200 jobs, the Tovalo Herald said. A spokesman told the Herald it was final.|Tovalo Herald|Herald"})
    void aNewspaperCalledAgainByItsLastWordIsTheSameOutlet(String text, String name, String shortName) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.requireEntity(name).aliases().contains(shortName), x.names());
        assertTrue(x.entity(shortName).isEmpty(), x.names());
    }
}
