package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «افتتحت شركة X مكتبا جديدا»: the premises a company opens, in the indefinite accusative after its name, end the name;
 * the same noun in a name's construct («شركة مركز الخليج») stays in it. Texts written here.
 */
class ArabicOpenedPremisesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "افتتحت شركة سنابيل مكتبا جديدا في الرياض.|سنابيل|سنابيل مكتبا",
            "افتتح بنك فالتا فرعا في مدينة جدة.|بنك فالتا|بنك فالتا فرعا",
            "وتفتتح شركة رواسي فروعا جديدة في ثلاث مدن.|رواسي|رواسي فروعا",
            "وافتتحت شركة نارو مركزا للبيانات في دبي.|نارو|نارو مركزا",
            "افتتحت شركة لوزان متجرا إلكترونيا للأدوات.|لوزان|لوزان متجرا"})
    void thePremisesEndTheName(String text, String company, String tooLong) {
        Extracted e = Extracted.of(text, "2025-03-10");
        assertTrue(e.spelled(company).isPresent(), e.names());
        assertTrue(e.spelled(tooLong).isEmpty(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت شركة مركز الخليج للأبحاث اتفاقية مع الجامعة.|شركة مركز الخليج للأبحاث"})
    void aDefiniteConstructStaysTheName(String text, String company) {
        Extracted e = Extracted.of(text, "2025-03-10");
        assertTrue(e.spelled(company.substring("شركة ".length())).isPresent() || e.spelled(company).isPresent(), e.names());
    }
}
