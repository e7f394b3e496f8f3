package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * «وبحسب تقرير نشرته صحيفة X، أكد الرئيس التنفيذي لشركة Y أنه تم تسريح …», «ووفقا لوكالة X، …»: the source an Arabic
 * sentence opens with, up to its first comma, reports what follows and is no party to it when it is an outlet (named
 * after «صحيفة», «وكالة», … or a known one); a company's own filing there is its own act. Texts written here.
 */
class ArabicReportedSourcesTest {
    private static boolean laysOff(Extracted x, String alias) {
        return x.spelled(alias).map(e -> x.document().facts().stream()
                .anyMatch(f -> f.type() == FactType.LAYOFF && f.subject().equals(e.id()))).orElse(false);
    }

    @Test
    void thePaperReportingAPassiveLayoffLaysNobodyOff() {
        Extracted x = Extracted.of("وبحسب تقرير نشرته صحيفة “الوسيط” المحلية، أكد الرئيس التنفيذي لشركة زيلماكس، فادي "
                + "العلي، أنه تم تسريح 300 موظف خلال العام.", "2025-01-01");
        assertTrue(laysOff(x, "زيلماكس"), x.describeFacts());
        assertFalse(laysOff(x, "الوسيط"), x.describeFacts());
    }

    @Test
    void aPassiveLayoffAfterASourceIsNotTheSources() {
        Extracted x = Extracted.of("وبحسب صحيفة الوسيط، تم تسريح 300 موظف من شركة زيلماكس.", "2025-01-01");
        assertFalse(laysOff(x, "صحيفة الوسيط"), x.describeFacts());
    }

    @Test
    void aCompanysOwnFilingIsNoOutletsReport() {
        Extracted x = Extracted.of("وبحسب بيانات قدمتها شركة زيلماكس لهيئة السوق المالية، تم تسريح 450 موظفا.", "2025-01-01");
        assertTrue(laysOff(x, "زيلماكس"), x.describeFacts());
    }

    @Test
    void aDoerAfterTheSourceStillActs() {
        Extracted x = Extracted.of("وبحسب وكالة رويترز، سرحت شركة زيلماكس 300 موظف.", "2025-01-01");
        assertTrue(laysOff(x, "زيلماكس"), x.describeFacts());
    }
}
