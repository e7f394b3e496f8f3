package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * «البنك اللبناني الفرنسي», «الشركة الأردنية العراقية للنقل»: a definite company noun with two countries' adjectives
 * names the company of those countries together; one adjective only describes a company. Texts written here.
 */
class ArabicBinationalCompaniesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ووقعت شركة سدرة عقدا مع البنك اللبناني الفرنسي أمس.|البنك اللبناني الفرنسي",
            "وأعلنت الشركة الأردنية العراقية للنقل زيادة أسطولها.|الشركة الأردنية العراقية للنقل",
            "وقدم قرضا للبنك التونسي الليبي الشهر الماضي.|البنك التونسي الليبي",
            "واشترت المجموعة حصة في \"البنك السوري الأردني\" الذي يتخذ من دمشق مقرا له.|البنك السوري الأردني"})
    void twoCountriesAdjectivesNameTheJointCompany(String text, String name) {
        Extracted ar = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.ORGANIZATION, ar.withAlias(name).type(), ar.names());
    }

    @ParameterizedTest
    @ValueSource(strings = {"وأعلن البنك الأردني نتائجه السنوية أمس.", "وقالت الشركة المصرية إن المصنع جاهز."})
    void oneAdjectiveOnlyDescribesTheCompany(String text) {
        Extracted ar = Extracted.of(text, "2024-05-10");
        assertTrue(ar.document().entities().stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), ar.names());
    }
}
