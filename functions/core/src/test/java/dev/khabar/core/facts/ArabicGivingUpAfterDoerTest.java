package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * «تخلت شركة X عن 300 موظف», «أنهت شركة X خدمات 300 موظف»: the doer between the verb and its «عن» or «خدمات», a number
 * of people after it. Texts written here.
 */
class ArabicGivingUpAfterDoerTest {
    @Test
    void aCountAfterTheParticle() {
        Extracted x = Extracted.of("تخلت شركة نخيل للتقنية عن نحو 300 موظف الشهر الماضي.", "2025-05-05");
        Fact f = x.document().facts().stream().filter(g -> g.type() == FactType.LAYOFF).findFirst()
                .orElseThrow(() -> new AssertionError(x.describeFacts()));
        assertEquals(300, f.count(), x.describeFacts());
    }

    @Test
    void aShareOfTheStaffWithAQuotedDoer() {
        Extracted x = Extracted.of("وتخلت شركة \"سديم\" عن 30 في المائة من موظفيها بعد تراجع أرباحها.", "2025-05-05");
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.LAYOFF), x.describeFacts());
    }

    @Test
    void givingUpAPlanIsNoLayoff() {
        Extracted x = Extracted.of("وتخلت شركة \"سديم\" عن خطتها للتوسع في 3 أسواق جديدة.", "2025-05-05");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.LAYOFF), x.describeFacts());
    }

    @Test
    void servicesEndedOfACount() {
        Extracted x = Extracted.of("أنهت شركة نخيل للتقنية خدمات 300 موظف في مصر.", "2025-05-05");
        Fact f = x.document().facts().stream().filter(g -> g.type() == FactType.LAYOFF).findFirst()
                .orElseThrow(() -> new AssertionError(x.describeFacts()));
        assertEquals(300, f.count(), x.describeFacts());
        Extracted y = Extracted.of("وتنهي شركة \"سديم\" خدمات نحو 10 في المائة من موظفيها.", "2025-05-05");
        assertTrue(y.document().facts().stream().anyMatch(g -> g.type() == FactType.LAYOFF), y.describeFacts());
    }
}
