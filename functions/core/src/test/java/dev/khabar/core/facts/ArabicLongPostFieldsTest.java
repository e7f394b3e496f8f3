package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «المدير العام لخدمات التجار لمنطقة الشرق الأوسط لدى X»: past a long field and region, «لدى» names the employer. */
class ArabicLongPostFieldsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ووقع الاتفاقية سامي العتيبي، المدير التنفيذي في بنك الريان، وجمال الحربي، المدير العام لخدمات التجار لمنطقة الشرق الأوسط وشمال أفريقيا لدى مجموعة الأفق الرقمية.",
            "ووقع الاتفاقية كل من سامي العتيبي، المدير التنفيذي في بنك الريان، وجمال الحربي، المدير العام لخدمات التجار لمنطقة الشرق الأوسط لدى مجموعة الأفق الرقمية.",
            "ووقع الاتفاقية سامي العتيبي، المدير التنفيذي في بنك الريان، وجمال الحربي، مدير المبيعات والتسويق لمنطقة الخليج العربي لدى مجموعة الأفق الرقمية."})
    void theEmployerAfterLada(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, "جمال الحربي", "مجموعة الأفق الرقمية"), x.describeFacts());
        assertFalse(x.hasFactByAlias(FactType.ROLE, "جمال الحربي", "بنك الريان"), x.describeFacts());
    }
}
