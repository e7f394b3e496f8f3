package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Firms named after their owner close the name after "and" with a partnership's word ("and Partners", "and Sons"), or
 * join two lines of business in -ing ("Trading and Contracting"), or a legal form closes two lines of business joined
 * by "and" ("Glass and Paper Company"): one company, not a person and a stray company.
 * Texts written here.
 */
class FirmClosingsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Works went to Orvane, Nasser Hamad Al Dosari and Partners, and Kestrel.|Nasser Hamad Al Dosari and Partners",
            "Works went to Orvane, Salem Omar Bakri and Partners for Roads, and Kestrel.|Salem Omar Bakri and Partners for Roads",
            "Works went to Orvane and Yousef Al Marri Trading and Contracting last week.|Yousef Al Marri Trading and Contracting",
            "Kestrel hired Brantley Engineering and Contracting to build the depot.|Brantley Engineering and Contracting",
            "The depot was sold to Harlan Webb and Sons in 2019.|Harlan Webb and Sons",
            "The fund bought into Delta Glass and Paper Company last year.|Delta Glass and Paper",
            "Its partner, Careem Finance Investment Co., signed first.|Careem Finance Investment Co"})
    void theFirmIsOneCompany(String text, String firm) {
        Extracted e = Extracted.of(text, "2024-07-01");
        assertEquals(EntityType.ORGANIZATION, e.requireEntity(firm).type(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orvane signed with Kestrel and Brantley Mining last week.|Kestrel and Brantley Mining",
            "Tom Hale and Sara Lind founded Orvane in 2019.|Tom Hale and Sara",
            "Orvane signed with Kestrel and Brantley Trading Company last week.|Kestrel and Brantley Trading",
            "Tabuk Cement and Qurayyat Cement Company merged in May.|Tabuk Cement and Qurayyat Cement"})
    void twoNamesJoinedByAndStayTwo(String text, String joined) {
        Extracted e = Extracted.of(text, "2024-07-01");
        assertTrue(e.entity(joined).isEmpty(), e.names());
    }
}
