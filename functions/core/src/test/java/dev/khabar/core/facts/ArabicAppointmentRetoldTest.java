package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * A second sentence that tells the appointment again («ويأتي تعيين فلان رئيسا تنفيذيا») names no post apart from it;
 * one that names the post without a start does. Texts written here.
 */
class ArabicAppointmentRetoldTest {
    @Test
    void theAppointmentToldAgainIsNoRole() {
        Extracted x = Extracted.of("عين مجلس إدارة شركة زيلماكس سامر الخطيب رئيسا تنفيذيا للشركة. ويأتي تعيين سامر الخطيب "
                + "رئيسا تنفيذيا لزيلماكس بعد استقالة سلفه.", "2025-06-01");
        String p = x.withAlias("سامر الخطيب").id();
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.ROLE && f.subject().equals(p)),
                x.describeFacts());
    }

    @Test
    void thePostNamedApartIsARole() {
        Extracted x = Extracted.of("عين مجلس إدارة شركة زيلماكس سامر الخطيب رئيسا تنفيذيا للشركة. وقال سامر الخطيب "
                + "الرئيس التنفيذي لزيلماكس إن الشركة ستنمو.", "2025-06-01");
        String p = x.withAlias("سامر الخطيب").id();
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.ROLE && f.subject().equals(p)),
                x.describeFacts());
    }
}
