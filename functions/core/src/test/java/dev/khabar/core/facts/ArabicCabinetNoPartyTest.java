package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** «مجلس الوزراء», the cabinet, is an organization the story names, which approves a deal but is no party to it. */
class ArabicCabinetNoPartyTest {
    @Test
    void theCabinetIsNamedButSignsNoContract() {
        Extracted x = Extracted.of("وأقر مجلس الوزراء أمس عقد شركة الريم للمقاولات لإنشاء الطريق الساحلي.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.withAlias("مجلس الوزراء").type(), x.names());
        assertFalse(x.hasFactByAlias(FactType.CONTRACT, "شركة الريم للمقاولات", "مجلس الوزراء"), x.document().facts().toString());
    }

    @Test
    void aCabinetNamedWithItsCountryIsNoPartyEither() {
        Extracted x = Extracted.of("وحضر رئيس مجلس الوزراء المصري توقيع عقد مع شركة الريم للمقاولات لإنشاء الطريق الساحلي.",
                "2025-01-01");
        assertFalse(x.hasFactOfType(FactType.CONTRACT), x.document().facts().toString());
    }

    @Test
    void aMinistryStillWinsItsContract() {
        Extracted x = Extracted.of("وقعت وزارة النقل عقدا مع شركة الريم للمقاولات لإنشاء الطريق الساحلي.", "2025-01-01");
        assertTrue(x.hasFactOfType(FactType.CONTRACT), x.document().facts().toString());
    }
}
