package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «ويبدو أن X … بعد أن أطلقت هاتفها Y»: a launch verb after «بعد أن» with no doer of its own, going on to a noun its
 * pronoun owns and then the product's name, is done by the doer of the main clause, named or told by «العملاق»,
 * «الشركة». Texts written here.
 */
class ArabicSubordinateLaunchesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "كشفت شركة فالترون عن أرباحها. ويبدو أن العملاق الياباني يخطط لخطوة أكبر بعد أن أطلق في يناير حاسوبه Lyra K7.|فالترون|Lyra K7",
            "ويبدو أن شركة نوفاترون تستعد لهاتف جديد بعد أن أطلقت هاتفها Nova X5.|نوفاترون|Nova X5",
            "أعلنت شركة أبل أرباحها. ويبدو أن الشركة تستعد لجهاز جديد بعد أن أطلقت هاتفها آيفون 15 الشهر الماضي.|أبل|آيفون 15",
            "أعلنت شركة نوفاترون نتائجها. ويبدو أن العملاق الصيني يواصل التوسع بعد أن أطلق هاتفه الذكي الجديد Nova X5.|نوفاترون|Nova X5"})
    void theMainClausesDoerLaunches(String text, String company, String product) {
        Extracted x = Extracted.of(text, "2024-05-02");
        assertTrue(x.hasFactByAlias(FactType.PRODUCT_LAUNCH, company, product), x.describeFacts());
    }

    @Test
    void aNounWithoutOwnerCanBeTheDoer() {
        Extracted x = Extracted.of("أعلنت شركة نوفاترون نتائجها. ويبدو أن الشركة تستعد لجهاز جديد بعد أن أطلقت الوحدة "
                + "الجديدة هاتفها Nova X5.", "2024-05-02");
        assertFalse(x.hasFactByAlias(FactType.PRODUCT_LAUNCH, "نوفاترون", "Nova X5"), x.describeFacts());
    }
}
