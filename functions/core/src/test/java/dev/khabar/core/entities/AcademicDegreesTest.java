package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A degree and its field are capitalized yet name no body; the university that grants the degree stays. */
class AcademicDegreesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "She holds a Master of Science in Marine Biology from Calder State University.|Master of Science|Marine Biology|Calder State University",
            "He earned a Bachelor of Commerce in Supply Chain Management at Velmont University.|Bachelor of Commerce|Supply Chain Management|Velmont University",
            "Nadia Farouk has a degree in Civil Engineering from Orsen Polytechnic.|Civil Engineering|Civil Engineering|Orsen Polytechnic"})
    void aDegreeAndItsFieldAreNoNames(String text, String degree, String field, String university) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(degree).isEmpty(), x.names());
        assertTrue(x.entity(field).isEmpty(), x.names());
        assertTrue(x.entity(university).isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Master Builders Ltd won the tender in Muscat.|Master Builders Ltd",
            "Vantor Capital invested in Selwyn Robotics last year.|Selwyn Robotics",
            "Temperatures reached 51 degrees in Qarvash on Sunday.|Qarvash",
            "He completed an MBA in Kestrova and joined Halvex Partners.|Kestrova"})
    void aNameAfterOtherWordsStays(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(name).isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Doctor of Nexford Hospital said the ward would reopen.|Nexford Hospital|Doctor of Nexford Hospital",
            "Omar Said, the Master of Trinvale College, resigned.|Trinvale College|Master of Trinvale College",
            "The Master of Halvex College, Sami Nader, said fees would rise.|Halvex College|Master of Halvex College",
            "Master of Ceremonies Layla Haddad opened the gala.|Layla Haddad|Ceremonies Layla Haddad",
            "The Master of Ceremonies, Rania Aziz, welcomed the guests.|Rania Aziz|Master of Ceremonies"})
    void aMasterOrDoctorOfABodyIsAPost(String text, String name, String notName) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(name).isPresent(), x.names());
        assertTrue(x.entity(notName).isEmpty(), x.names());
    }
}
