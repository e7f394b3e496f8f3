package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The title a leaver is named with in the sentence telling the departure, or the post a newcomer takes from the one
 * replaced, is the post left: the departure carries it, and no ROLE tells it again. Texts written here.
 */
class DeparturesCarryThePostLeftTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استقال المدير العام لشركة سابك، خالد العتيبي، من منصبه بعد ثماني سنوات.|Khaled Al-Atibi|SABIC|director general",
            "وافق مجلس إدارة شركة سابك على استقالة الرئيس التنفيذي لسابك خالد العتيبي.|Khaled Al-Atibi|SABIC|CEO",
            "Halden Bank's chief financial officer Maria Lopez resigned on Monday.|Maria Lopez|Halden Bank|CFO",
            "Halden Bank named Maria Lopez chief executive, replacing Peter Hall.|Peter Hall|Halden Bank|CEO",
            "عينت شركة سابك خالد العتيبي رئيسا تنفيذيا خلفا لمحمد الشمري.|Mohamed Al-Shmri|SABIC|CEO"})
    void theTitleOfALeaverOrOfTheOneReplacedIsThePostLeft(String text, String person, String org, String role) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(role, e.requireFact(FactType.EMPLOYMENT_END, person, org).role());
        assertTrue(e.fact(FactType.ROLE, person, org).isEmpty(), e.describeFacts());
    }
}
