package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «قامت X بـ…»: the light verb قام puts its doers before the verbal noun of what they did; «ملكيتها في X» is a
 * stake held in X.
 */
class ArabicLightVerbTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقام عدد من الشركات مثل «إنتل» و«سيسكو» بتسريح آلاف الموظفين هذا العام.|Intel|Cisco",
            "وقامت شركات مثل إنتل وسيسكو بتسريح مئات العاملين لخفض التكاليف.|Intel|Cisco",
            "وقامت كل من «إنتل» و«سيسكو» بتسريح عدد من موظفيها.|Intel|Cisco"})
    void theOrganizationsBetweenTheLightVerbAndTheLayoffAreItsDoers(String text, String first, String second) {
        Extracted x = Extracted.of(text, "2025-01-01");
        x.requireFact(FactType.LAYOFF, first, null);
        x.requireFact(FactType.LAYOFF, second, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة نوفا للبرمجيات نتائجها. وقام سامي الدوسري وماجد الحسن بتأسيس الشركة عام 2010.",
            "وقام سامي الدوسري، وماجد الحسن بتأسيس شركة نوفا للبرمجيات في الرياض."})
    void thePersonsBetweenTheLightVerbAndTheFoundingFoundTogether(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.FOUNDED, "سامي الدوسري", "شركة نوفا للبرمجيات"), x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.FOUNDED, "ماجد الحسن", "شركة نوفا للبرمجيات"), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقامت شركة فاليو، وهي من أكبر المستثمرين، بزيادة ملكيتها في شركة نوفا إلى 18%.|فاليو|نوفا",
            "ورفعت شركة فاليو ملكيتها في شركة نوفا إلى 12% الشهر الماضي.|فاليو|نوفا",
            "وخفض بنك الاتحاد ملكيته في شركة نوفا إلى 5%.|بنك الاتحاد|نوفا"})
    void aCompanysOwnershipInAnotherIsAStake(String text, String owner, String owned) {
        Extracted x = Extracted.of(text, "2025-01-01");
        String o = x.document().entities().stream().filter(e -> e.aliases().contains(owner)).findFirst().orElseThrow().id();
        String d = x.document().entities().stream().filter(e -> e.aliases().contains(owned)).findFirst().orElseThrow().id();
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.INVESTMENT && f.subject().equals(o)
                && d.equals(f.object())), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأطلقت شركة فاليو صندوق ملكية خاصة بقيمة 100 مليون دولار.",
            "وتحتفظ شركة فاليو بحقوق الملكية الفكرية للبرنامج.",
            "وانتقلت ملكية المبنى إلى شركة فاليو العام الماضي."})
    void ownershipWithoutItsOwnerIsNoStake(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.INVESTMENT), x.describeFacts());
    }
}
