package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A board just formed by the company named before it («شكلت شركة X مجلس إدارة جديدا …»), its chair after «برئاسة» and
 * its members after «وعضوية» or «يضم»: each holds a seat at X.
 */
class ArabicFormedBoardsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وشكلت شركة الأفق للتجارة مجلس إدارة جديدا برئاسة سامي الحربي وعضوية كل من ماجد الحسن وخالد الزهراني.|سامي الحربي",
            "وشكلت شركة الأفق للتجارة مجلس إدارة جديدا برئاسة سامي الحربي وعضوية كل من ماجد الحسن وخالد الزهراني.|خالد الزهراني",
            "وأعلنت شركة الأفق للتجارة تشكيل مجلس إدارتها الجديد برئاسة سامي الحربي، وعضوية ماجد الحسن وخالد الزهراني.|سامي الحربي",
            "وانتخبت الجمعية العمومية لشركة الأفق للتجارة مجلس إدارة جديدا يضم سامي الحربي وماجد الحسن.|ماجد الحسن"})
    void theChairAndTheMembersHoldSeats(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, person, "شركة الأفق للتجارة"), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وعقدت شركة الأفق للتجارة اجتماعا برئاسة سامي الحربي وحضور ماجد الحسن.",
            "وقال سامي الحربي إن مجلس إدارة جديدا سيتشكل قريبا في شركة الأفق للتجارة."})
    void aMeetingChairedOrABoardToComeGivesNoSeat(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.document().facts().stream().anyMatch(f -> f.type() == FactType.ROLE), x.describeFacts());
    }
}
