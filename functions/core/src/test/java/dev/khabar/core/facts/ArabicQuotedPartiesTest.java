package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «تمتلك شركة «ألفا» 12% من شركة «بيتا»», «استثمرت شركة «X» السعودية … في شركة «Y»»: the doer's name after an Arabic
 * verb, quoted or long, with its closing quote and nationality, does not count against how far the company dealt with
 * may stand. Texts written here.
 */
class ArabicQuotedPartiesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "تمتلك شركة «ألفا» 12% من شركة «بيتا».|INVESTMENT|ألفا|بيتا",
            "ويملك صندوق «نور كابيتال» للاستثمار حصة نسبتها 20% من شركة «بيتا».|INVESTMENT|نور كابيتال|بيتا",
            "استحوذت شركة «ألفا» القابضة على 30% من شركة «بيتا».|INVESTMENT|ألفا|بيتا",
            "استثمرت شركة «نور كابيتال» السعودية مبلغ 5 ملايين دولار في شركة «بيتا».|INVESTMENT|نور كابيتال|بيتا"})
    void aQuotedDoerLeavesTheQuotedCompanyInReach(String text, String type, String subject, String object) {
        Extracted x = Extracted.of("خبر\n" + text, "2025-05-05");
        x.requireFact(FactType.valueOf(type), subject, object);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "تمتلك شركة «ألفا» مصانع كثيرة في مدن عدة منها مصنع تابع لشركة «بيتا».",
            "وقالت شركة «ألفا» إنها ستعمل في السوق نفسها التي تعمل فيها شركة «بيتا»."})
    void noShareNoDeal(String text) {
        Extracted x = Extracted.of("خبر\n" + text, "2025-05-05");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.INVESTMENT
                || f.type() == FactType.ACQUISITION), x.describeFacts());
    }
}
