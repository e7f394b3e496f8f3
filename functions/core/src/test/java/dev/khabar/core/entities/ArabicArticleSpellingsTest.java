package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.khabar.core.Extracted;
import org.junit.jupiter.api.Test;

/** «نادر الشريف» and «نادر شريف»: a family name written with and without its article names one person. Texts written here. */
class ArabicArticleSpellingsTest {
    @Test
    void aFamilyNameWithAndWithoutItsArticleIsOnePerson() {
        Extracted ar = Extracted.of("وقال المدير العام للشركة نادر الشريف إن المبيعات زادت. وكان نادر شريف قد تولى المنصب "
                + "قبل عامين.", "2024-05-10");
        assertEquals(ar.withAlias("نادر الشريف"), ar.withAlias("نادر شريف"), ar.names());
    }

    @Test
    void anotherFamilyNameIsAnotherPerson() {
        Extracted ar = Extracted.of("وقال المدير العام للشركة نادر الشريف إن المبيعات زادت. وكان نادر الخطيب قد تولى المنصب "
                + "قبل عامين.", "2024-05-10");
        assertNotEquals(ar.withAlias("نادر الشريف"), ar.withAlias("نادر الخطيب"), ar.names());
    }
}
