package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * Readings narrowed after the round's rules were read again: a tender won is no tender called, an approval obtained is no
 * deal won, «مؤسسي» after an indefinite noun is an adjective, and a verb of lying after a thing the company launched
 * places the thing, not the company. Texts written here.
 */
class NarrowedReadingsTest {
    @Test
    void aTenderWonIsHeld() {
        Extracted x = Extracted.of("Kestrel Marine announced winning a tender from the Port Authority.", "2025-01-10");
        x.requireFact(FactType.CONTRACT, "Kestrel Marine", "Port Authority");
    }

    @Test
    void anApprovalOfTheDealObtainedWinsNoDeal() {
        Extracted x = Extracted.of("حصلت شركة نوفا على موافقة هيئة السوق المالية على الصفقة.", "2025-01-10");
        assertFalse(x.hasFactOfType(FactType.CONTRACT), x.describeFacts());
    }

    @Test
    void whatLiesThereIsTheLastThingNamed() {
        Extracted project = Extracted.of("أطلقت شركة نوفا مشروعها \"زهرة\" ويقع في مدينة دبي.", "2025-01-10");
        assertFalse(project.hasFactOfType(FactType.LOCATED_IN), project.describeFacts());
        Extracted company = Extracted.of("تأسست شركة نوفا عام 2012 وتقع في الدوحة.", "2025-01-10");
        company.requireFactByAlias(FactType.LOCATED_IN, "نوفا", "الدوحة");
    }

    @Test
    void anInstitutionalInvestorFoundsNothing() {
        Extracted x = Extracted.of("وقال مستثمر مؤسسي خالد العمري إن شركة نوفا واعدة.", "2025-01-10");
        assertFalse(x.hasFactOfType(FactType.FOUNDED), x.describeFacts());
        Extracted founders = Extracted.of("وأكد سامي الدوسري وماجد الحسن، مؤسسي شركة الأفق للتجارة، أن المبيعات زادت.", "2025-01-10");
        founders.requireFactByAlias(FactType.FOUNDED, "سامي الدوسري", "الأفق للتجارة");
    }
}
