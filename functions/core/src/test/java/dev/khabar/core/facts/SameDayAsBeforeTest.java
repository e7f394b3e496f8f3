package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** A fact told as happening "the same day" takes the day the text told last. */
class SameDayAsBeforeTest {
    @Test
    void arabicSameDayIsTheDayToldBefore() {
        Extracted x = Extracted.of("وعقدت الجمعية العامة لشركة زيتكو اجتماعها يوم 12 مايو الجاري. "
                + "واجتمع مجلس الإدارة الجديد في ذات اليوم، وتم اختيار المهندس سامي الخطيب رئيسا تنفيذيا للشركة.", "2025-05-15");
        assertEquals("2025-05-12", x.requireFact(FactType.EMPLOYMENT_START, "Sami Al-Khtib", "زيتكو").date().value(),
                x.describeFacts());
    }

    @Test
    void withoutSameDayTheNewsIsOfThePublicationDay() {
        Extracted x = Extracted.of("وعقدت الجمعية العامة لشركة زيتكو اجتماعها يوم 12 مايو الجاري. "
                + "وتم اختيار المهندس سامي الخطيب رئيسا تنفيذيا للشركة.", "2025-05-15");
        assertEquals("2025-05-15", x.requireFact(FactType.EMPLOYMENT_START, "Sami Al-Khtib", "زيتكو").date().value(),
                x.describeFacts());
    }

    @Test
    void sameDayBeforeANounIsNoTimeOfTheFact() {
        Extracted x = Extracted.of("Orvel Systems reported results on March 3, 2025. "
                + "Velta Labs, which offers same day repairs, hired Dana Pike as CEO.", "2025-06-01");
        assertEquals("2025-06-01", x.requireFact(FactType.EMPLOYMENT_START, "Dana Pike", "Velta Labs").date().value(),
                x.describeFacts());
    }
}
