package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A known name whose article the preposition ل swallowed («للبنك المركزي المصري») is spelled with its article back. */
class ArabicKnownNamesAfterLamTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال إن مصرفه تقدم للبنك المركزي المصري بطلب جديد.|Central Bank of Egypt|البنك المركزي المصري",
            "وقدمت الشركة طلبا للبنك الأهلي المصري أمس.|National Bank of Egypt|البنك الأهلي المصري",
            "وباعت الحكومة حصتها للبنك المركزي المصري في مايو.|Central Bank of Egypt|البنك المركزي المصري"})
    void theSurfaceIsTheNameAsWrittenAlone(String text, String name, String written) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(List.of(written, name), x.requireEntity(name).aliases(), x.names());
    }
}
