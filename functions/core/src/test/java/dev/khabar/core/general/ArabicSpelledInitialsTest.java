package dev.khabar.core.general;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A foreign name written with its initials spelled out as Arabic letter names («جي كيه …», J. K.) keeps them: they
 * stand before the name found, and no Arabic word reads the same («في», «أو» are not taken).
 */
class ArabicSpelledInitialsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ونقلت الصحيفة عن بي جيه تانغ، رئيس قطاع الشبكات في شركة النخيل، قوله إن الطلب ارتفع.|بي جيه تانغ|النخيل",
            "وقال إم إس راو، المدير المالي لشركة الأفق، إن الأرباح تضاعفت.|إم إس راو|الأفق"})
    void theSpelledInitialsOpenThePersonsName(String text, String person, String org) {
        Extracted e = Extracted.of(text, "2025-03-01");
        assertTrue(e.hasFactByAlias(FactType.ROLE, person, org), e.describeFacts());
    }
}
