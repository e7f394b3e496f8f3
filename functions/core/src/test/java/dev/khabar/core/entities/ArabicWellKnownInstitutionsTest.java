package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Arab banks, operators and development institutions the gazetteer knows under their Arabic names, each one entity
 * with its Latin name: a bank named with two countries («بنك لبنان والمهجر») is not cut at the first one. Texts written
 * here.
 */
class ArabicWellKnownInstitutionsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وباع بنك لبنان والمهجر وحدته في قبرص العام الماضي.|بنك لبنان والمهجر|BLOM Bank",
            "وأطلقت اتصالات الجزائر عرضا جديدا للألياف البصرية.|اتصالات الجزائر|Algérie Télécom",
            "وساهمت المؤسسة الإسلامية لتنمية القطاع الخاص في تمويل المحطة.|المؤسسة الإسلامية لتنمية القطاع الخاص|Islamic Corporation for the Development of the Private Sector"})
    void theInstitutionIsKnown(String text, String alias, String name) {
        Extracted x = Extracted.of(text, "2025-04-01");
        assertEquals(name, x.withAlias(alias).name(), x.names());
    }
}
