package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** «بمقر شركة X في Y», «بمقر شركة X بـY», «بمقرها في Y»: the seat told with the preposition ب glued to it. Texts written here. */
class ArabicSeatWithBaTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void atTheSeatOfTheCompanyInACity() {
        x("ووقعت الاتفاقية بمقر شركة سابك في الرياض بحضور عدد من المسؤولين.")
                .requireFact(FactType.LOCATED_IN, "SABIC", "Riyadh");
    }

    @Test
    void theCityWithItsOwnGluedBa() {
        x("وأقيم حفل التوقيع بمقر شركة الفوعة بأبوظبي أمس.")
                .requireFactByAlias(FactType.LOCATED_IN, "شركة الفوعة", "أبوظبي");
    }

    @Test
    void atItsSeatInACity() {
        x("واجتمع الوفد بممثلي شركة سابك بمقرها في الرياض.")
                .requireFact(FactType.LOCATED_IN, "SABIC", "Riyadh");
    }

    @Test
    void aCompanyMetAtAnotherBodysSeatIsNotSitedThere() {
        Extracted e = x("والتقى الوزير بمقر الوزارة بوفد من شركة سابك في الرياض.");
        assertFalse(e.hasFactOfType(FactType.LOCATED_IN), e.describeFacts());
    }
}
