package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Appointments listed under a heading that names them: «على مستوى وزارة X، تعيين:» then «· السيد فلان، مديرا لـY؛». Each
 * line is a start at the organization it names, else at the heading's, and no ROLE.
 */
class AppointmentListsTest {
    private static Fact fact(Extracted x, FactType type, String person) {
        String id = x.requireEntity(person).id();
        return x.document().facts().stream().filter(f -> f.type() == type && f.subject().equals(id)).findFirst().orElse(null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "فتم على مستوى وزارة الصحة، تعيين: ¶ · السيد كريم بنعمر، مديرا لشركة الأطلس للطيران؛|Karim Bnamr|شركة الأطلس للطيران|director",
        "فتم على مستوى وزارة الصحة، تعيين: ¶ · السيد كريم بنعمر، مديرا لشركة الأطلس للطيران؛ ¶ · السيدة هند الزياني، مديرة للموارد البشرية؛|Hind Al-Ziani|وزارة الصحة|director of human resources",
        "وعلى مستوى وزارة الفلاحة، تعيين: ¶ · السيد يوسف المرابط، كاتبا عاما؛|Youssef Al-Mrabt|وزارة الفلاحة|secretary general",
        "وعلى مستوى وزارة الفلاحة، تعيين: ¶ - السيدة سلوى الحداد، كاتبة عامة؛|Sloi Al-Hdad|وزارة الفلاحة|secretary general"})
    void eachLineIsAStartAtItsOwnOrganizationElseTheHeadings(String text, String person, String org, String role) {
        Extracted x = Extracted.of(text.replace(" ¶ ", "\n"), "2022-12-08"); // ¶: a line break, which a CSV row cannot hold
        Fact start = fact(x, FactType.EMPLOYMENT_START, person);
        assertNotNull(start, x.describeFacts());
        assertEquals(x.requireEntity(org).id(), start.object(), x.describeFacts());
        assertEquals(role, start.role(), x.describeFacts());
        assertEquals(null, fact(x, FactType.ROLE, person), x.describeFacts());
    }

    @Test
    void aListUnderAnotherHeadingTellsNoStart() {
        Extracted x = Extracted.of("أبرز المسؤولين الحاضرين في الحفل:\n· السيد كريم بنعمر، مديرا لشركة الأطلس للطيران؛\n"
                + "· السيدة هند الزياني، مديرة للموارد البشرية؛", "2022-12-08");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.EMPLOYMENT_START), x.describeFacts());
    }

    @Test
    void aLineWithoutATitleTellsNoStart() {
        Extracted x = Extracted.of("وعلى مستوى وزارة الفلاحة، تعيين:\n· السيد يوسف المرابط؛\n· السيدة هند الزياني؛", "2022-12-08");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.EMPLOYMENT_START), x.describeFacts());
    }
}
