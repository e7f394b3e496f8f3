package dev.khabar.core.general;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A «صفقة» won is a public contract, as the Maghreb's press calls one («تمكنت X من نيل صفقة …», «ظفرت X بصفقة …»):
 * the winner holds it and the client is the body named for it («لفائدة Y») or the public agency that announced the
 * award («وفق ما أعلنت عنه الوكالة …»), never a news agency reporting it.
 */
class ArabicWonDealsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-03-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "تمكنت شركة الساحل للأشغال من نيل صفقة توسعة ميناء الصيد لفائدة الوكالة الوطنية للموانئ.|الساحل للأشغال|الوكالة الوطنية للموانئ",
            "ظفرت شركة النور للبناء بصفقة تأهيل المستشفى الإقليمي، حسبما أعلنت عنه وكالة التنمية الجهوية في بلاغ لها.|النور للبناء|وكالة التنمية الجهوية"})
    void aWonDealIsAContractWithItsClient(String text, String holder, String client) {
        Extracted e = x(text);
        assertTrue(e.hasFactByAlias(FactType.CONTRACT, holder, client), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "تمكنت شركة الساحل للأشغال من نيل صفقة تأهيل الطريق الساحلي، وفق ما أعلنت عنه وكالة الأنباء الرسمية.|الساحل للأشغال|وكالة الأنباء"})
    void aNewsAgencyReportingTheAwardIsNoClient(String text, String holder, String agency) {
        Extracted e = x(text);
        assertFalse(e.hasFactByAlias(FactType.CONTRACT, holder, agency), e.describeFacts());
    }
}
