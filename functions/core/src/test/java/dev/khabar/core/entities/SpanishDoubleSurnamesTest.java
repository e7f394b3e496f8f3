package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Spanish name joins its two surnames with a lower-case "y" ("Tomas Serrano y Vidal"): the name stays whole, and the
 * two surnames alone later name the same person; the last words of a name with no particle (an Arabic chain's father
 * and grandfather) are another person's. Texts written here.
 */
class SpanishDoubleSurnamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tomas Serrano y Vidal, a senior engineer with Kestrel Mining, is leaving the company.|Tomas Serrano y Vidal",
            "Kestrel Mining hired Lucia Ferrer y Soto as chief financial officer.|Lucia Ferrer y Soto",
            "Andres Molina y Ruiz left Dunmore Labs in March to start his own firm.|Andres Molina y Ruiz",
            "The board named Carmen Ortiz y Blanco chair of Fennick Power on Tuesday.|Carmen Ortiz y Blanco"})
    void theNameIsWhole(String text, String name) {
        assertEquals(EntityType.PERSON, Extracted.of(text, "2024-05-10").requireEntity(name).type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tomas Serrano y Vidal left Kestrel Mining in March. Serrano y Vidal joined Dunmore Labs in 2019.|Tomas Serrano y Vidal|Serrano y Vidal",
            "Lucia Ferrer y Soto, chief executive of Dunmore Labs, will retire in June, the company said. Ferrer y Soto founded the lab in 1998.|Lucia Ferrer y Soto|Ferrer y Soto"})
    void theSurnamesAloneNameThePerson(String text, String name, String surnames) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.requireEntity(name).aliases().contains(surnames), x.names());
        assertEquals(1, x.document().entities().stream().filter(e -> e.aliases().contains(surnames)).count(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "حضر كل من كمال ناصر، رئيس مجلس إدارة بنك فالتا، وعادل كمال ناصر، رئيس بنك نارو.|كمال ناصر|عادل كمال ناصر",
            "Omar Khalil Haddad, chief executive of Valta Bank, and Khalil Haddad, chairman of Naro Bank, signed.|Khalil Haddad|Omar Khalil Haddad"})
    void theLastWordsOfAChainWithNoParticleAreAnotherPerson(String text, String tail, String whole) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertEquals(2, x.document().entities().stream().filter(e -> e.type() == EntityType.PERSON).count(), x.names());
        assertTrue(x.spelled(tail).isPresent() && x.spelled(whole).isPresent(), x.names());
        assertTrue(x.spelled(tail).get() != x.spelled(whole).get(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tomas Serrano y Vidal, a senior engineer with Kestrel Mining, is leaving the company to join Dunmore Labs.|Tomas Serrano y Vidal|Kestrel Mining"})
    void theMoveIsTheWholeName(String text, String name, String employer) {
        Extracted x = Extracted.of(text, "2024-05-10");
        x.requireFact(FactType.EMPLOYMENT_END, name, employer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Generation Y Partners invested in Kestrel Mining.|Generation Y Partners",
            "Shares of Kestrel Mining rose as x and y fell.|Kestrel Mining"})
    void aCapitalYOrALoneLetterIsNoParticle(String text, String name) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(name).type());
    }
}
