package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Chairs told around a name: «X، برئاسة Y», a title before «صاحب السمو الملكي الأمير Y», a post of the state. */
class ArabicChairsTest {
    private static String id(Extracted x, String alias) {
        return x.document().entities().stream().filter(e -> e.aliases().contains(alias)).map(Entity::id).findFirst()
                .orElseThrow(() -> new AssertionError(alias + " in " + x.names()));
    }

    private static boolean hasRole(Extracted x, String person, String org) {
        String p = id(x, person);
        String o = id(x, org);
        return x.document().facts().stream().anyMatch(f -> f.type() == FactType.ROLE && f.subject().equals(p) && o.equals(f.object()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتنضم الشركتان إلى مجموعة “نوفا القابضة”، برئاسة سمو الشيخ حمد بن سالم آل ثاني، في كيان واحد.|حمد بن سالم آل ثاني|نوفا القابضة",
            "وتعمل شركة فاليو، برئاسة الدكتور سامي العتيبي، في قطاع الطاقة.|سامي العتيبي|فاليو",
            "وتتبع المصانع بنك الاتحاد وبرئاسة محمد الخالدي منذ عامين.|محمد الخالدي|بنك الاتحاد"})
    void theOrganizationBeforeChairedByIsChairedByThePersonAfter(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(hasRole(x, person, org), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "بحضور رئيس مجلس إدارة شركة نوفا، صاحب السمو الملكي الأمير فيصل بن خالد بن سلمان، وقعت الشركة الاتفاقية.|فيصل بن خالد بن سلمان|نوفا",
            "وقال الرئيس التنفيذي لشركة فاليو، صاحب السمو الأمير سلطان بن فهد، إن النتائج جيدة.|سلطان بن فهد|فاليو",
            "وأكدت رئيسة مجلس إدارة شركة نوفا، صاحبة السمو الشيخة مريم بنت راشد، أن الخطة جاهزة.|مريم بنت راشد|نوفا"})
    void aTitleReachesItsHolderPastTheHonorificsOfRoyalty(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(hasRole(x, person, org), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة نوفا عن نتائجها. وأشاد الشيخ حمد بن سالم آل ثاني، نائب رئيس الدولة، بالنتائج.|حمد بن سالم آل ثاني|نوفا",
            "أعلنت شركة نوفا عن نتائجها. واستقبل محمد الخالدي، رئيس الوزراء، وفد الشركة.|محمد الخالدي|نوفا",
            "أعلنت شركة نوفا عن نتائجها. وقال سامي العتيبي، رئيس الجمهورية، إن الاقتصاد قوي.|سامي العتيبي|نوفا"})
    void aPostOfTheStateIsHeldInNoCompanyOfTheStory(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(!hasRole(x, person, org), x.describeFacts());
    }
}
