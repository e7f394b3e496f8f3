package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * «وتقع في X», «التي تقع في X»: a verb of lying with «في» right after it has no subject of its own; the clause goes on
 * about the organization named before it, or the relative hangs on it. Texts written here.
 */
class ArabicLyingInTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "تأسست شركة زيفرا للبرمجيات عام 2016 وتقع في عمّان.|شركة زيفرا للبرمجيات|عمّان",
            "وأعلن بنك الواحة، وهو بنك خاص يعمل منذ 1990 ويقع في المنامة، عن أرباحه.|بنك الواحة|المنامة",
            "واستثمر الصندوق في شركة زيفرا للبرمجيات التي تقع في عمّان.|شركة زيفرا للبرمجيات|عمّان"})
    void theOrganizationTheClauseIsAbout(String text, String org, String place) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.hasFactByAlias(FactType.LOCATED_IN, org, place), x.describeFacts());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "وقعت شركة زيفرا للبرمجيات عقدا مع بنك الواحة. وتقع في عمّان أكبر فروع البنك.",
            "افتتحت شركة زيفرا للبرمجيات مكتبا. ويوجد في عمّان أكثر من مئة شركة ناشئة."})
    void aSubjectAfterThePlaceOrNoneNamedBefore(String text) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.LOCATED_IN), x.describeFacts());
    }
}
