package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Partnerships named as a pair: «الشراكة بين A و B», "the partnership between A and B"; «أبرمت A و B مذكرة تفاهم",
 * "A and B signed a memorandum of understanding".
 */
class PairedPartnersTest {
    private static boolean partners(Extracted x, String a, String b) {
        return x.hasFactByAlias(FactType.PARTNERSHIP, a, b) || x.hasFactByAlias(FactType.PARTNERSHIP, b, a);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال المسؤول إن الخطوة ستسهم في تعزيز الشراكة بين شركة زيفرا وشركة كوردا في المنطقة.|زيفرا|كوردا",
            "ويأتي المشروع تتويجا للتعاون بين «زيفرا» و«كوردا» منذ سنوات.|زيفرا|كوردا",
            "The plant expands the partnership between Zephra Corp and Korda Inc, the minister said.|Zephra Corp|Korda Inc",
            "أبرمت شركة زيفرا وشركة كوردا مذكرة تفاهم لتطوير الحلول الرقمية.|زيفرا|كوردا",
            "وقعت «زيفرا» و«كوردا»، اليوم، مذكرة تفاهم ترمي إلى دعم المدفوعات.|زيفرا|كوردا",
            "Zephra Corp and Korda Inc signed a memorandum of understanding on Monday.|Zephra Corp|Korda Inc"})
    void bothOfThePairArePartners(String text, String a, String b) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(partners(x, a, b), x.describeFacts());
    }

    @Test
    void aReporterIsNoPartnerOfTheOneThatSigned() {
        Extracted x = Extracted.of("وقالت شركة زيفرا إن شركة كوردا وقعت مذكرة تفاهم.", "2025-01-01");
        assertFalse(partners(x, "زيفرا", "كوردا"), x.describeFacts());
    }
}
