package dev.khabar.core.general;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Well-known places the gazetteer names (Omdurman, Nizwa, Saudi Arabia's regions «منطقة الرياض») and common Gulf given
 * names (سيف، هزاع، حمود): a city opening a bank's name keeps the bank whole («بنك أم درمان الوطني»), a region is one
 * place rather than its capital city, and a given name after «و» in a list of officers drops the conjunction; a
 * governorate is named with the article after «محافظة» («محافظة الخرج»), unlike «محافظة الشركة على» (its keeping).
 */
class ArabicPlacesAndGulfNamesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-03-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أبرم بنك أم درمان الوطني اتفاقية تعاون مع شركة الواحة للتأمين لتطوير خدمات الدفع.|بنك أم درمان الوطني|الواحة للتأمين",
            "وقعت شركة النخيل مذكرة تفاهم مع بنك نزوى لتمويل المشاريع الزراعية.|شركة النخيل|بنك نزوى"})
    void aCityInABanksNameKeepsTheBankWhole(String text, String one, String other) {
        Extracted e = x(text);
        assertTrue(e.hasFactByAlias(FactType.PARTNERSHIP, one, other) || e.hasFactByAlias(FactType.PARTNERSHIP, other, one),
                e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتنفذ الشركة مشروعا لتحلية المياه في منطقة الرياض بتكلفة 40 مليون ريال.|منطقة الرياض|Riyadh Region",
            "وافتتح المصنع الجديد في منطقة مكة المكرمة الشهر الماضي.|منطقة مكة المكرمة|Makkah Region",
            "وتوسعت الشركة في أم درمان وبورتسودان خلال العام.|أم درمان|Omdurman"})
    void aRegionOrCityIsOnePlace(String text, String alias, String name) {
        Entity place = x(text).spelled(alias).orElseThrow(() -> new AssertionError(x(text).names()));
        assertEquals(EntityType.LOCATION, place.type());
        assertEquals(name, place.name());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وحضر اللقاء ماجد الفلاسي، مدير شركة الريم، وسيف بن حمد الغافري، المدير المالي لبنك الظفرة.|سيف بن حمد الغافري|بنك الظفرة",
            "وقال حمود بن سالم الحبسي، الرئيس التنفيذي لشركة الأفق، إن الطلب ارتفع.|حمود بن سالم الحبسي|الأفق",
            "وشارك في التوقيع هزاع الكتبي، نائب الرئيس لشركة مدار القابضة.|هزاع الكتبي|مدار القابضة"})
    void aGulfGivenNameOpensTheOfficersName(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.hasFactByAlias(FactType.ROLE, person, org), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتنفذ الشركة شبكة مياه في محافظة الخرج بتكلفة 12 مليون ريال.|الخرج",
            "وشمل العقد رصف طرق في محافظة العارضة ومحافظة الدرب.|الدرب"})
    void aGovernorateIsNamedWithTheArticle(String text, String alias) {
        Entity place = x(text).spelled(alias).orElseThrow(() -> new AssertionError(x(text).names()));
        assertEquals(EntityType.LOCATION, place.type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"وتعتمد محافظة المصانع على طاقتها الإنتاجية على الطلب المحلي.|المصانع"})
    void keepingIsNoGovernorate(String text, String notAPlace) {
        assertFalse(x(text).spelled(notAPlace).filter(e -> e.type() == EntityType.LOCATION).isPresent(), x(text).names());
    }
}
