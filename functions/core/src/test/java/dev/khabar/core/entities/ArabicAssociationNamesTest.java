package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «جمعية عمارة المساجد», «جمعية البر الخيرية»: an association is named by its genitive chain as a public body is, and
 * is a party to the deals it signs; «الجمعية العمومية» (a company's general assembly) is a common noun. Texts written
 * here.
 */
class ArabicAssociationNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت شركة الندى للمقاولات عقدا مع جمعية البر الخيرية لبناء مركز صحي.|جمعية البر الخيرية",
            "وقعت شركة البناء الحديث عقدا مع جمعية رعاية الأيتام بقيمة 4 ملايين ريال لتجهيز دار جديدة.|جمعية رعاية الأيتام",
            "وقالت جمعية المهندسين إن المشروع متأخر عن موعده.|جمعية المهندسين",
            "وقعت جمعية الأندية المحترفة عقد رعاية مع شركة زين.|جمعية الأندية المحترفة"})
    void theAssociationIsAnOrganization(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.withAlias(name).type(), x.names());
    }

    @Test
    void aContractorWinsFromTheAssociation() {
        Extracted x = Extracted.of("فازت شركة نماء بعقد من جمعية رعاية الأيتام بقيمة مليون ريال.", "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.CONTRACT, "نماء", "جمعية رعاية الأيتام"), x.describeFacts());
    }

    @Test
    void theGeneralAssemblyIsNoName() {
        Extracted x = Extracted.of("وافقت الجمعية العمومية للشركة على توزيع الأرباح. وعقدت الجمعية العمومية لشركة الندى "
                + "اجتماعها السنوي.", "2025-01-01");
        assertTrue(x.document().entities().stream().flatMap(e -> e.aliases().stream()).noneMatch(a -> a.contains("الجمعية")),
                x.names());
    }
}
