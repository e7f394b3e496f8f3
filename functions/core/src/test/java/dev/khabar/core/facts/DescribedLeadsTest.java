package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A wire story's lead on a company described, not named — «أعلنت شركة تكنولوجيا هندية أنها جمعت …», "An Indian tech
 * firm said that it raised …" — names it as the doer of the next sentence, in brackets or not. Texts written here.
 */
class DescribedLeadsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة تكنولوجيا هندية أمس أنها جمعت 100 مليون دولار من مستثمرين مثل جوجل ومايكروسوفت. وقالت شركة فيرا للتقنية إن التمويل سيستخدم في التوسع.|فيرا للتقنية",
            "أعلنت شركة تكنولوجيا هندية أمس أنها جمعت 100 مليون دولار من مستثمرين مثل جوجل ومايكروسوفت. وقالت شركة (فيرا إنوفيشن) إن التمويل سيستخدم في التوسع.|فيرا إنوفيشن",
            "An Indian tech firm said that it raised $100 million from Google and Microsoft. Verana Innovation said the money would fund growth.|Verana Innovation"})
    void theNextSentenceNamesTheRaiser(String text, String raiser) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.INVESTMENT, "Google", raiser), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "قالت شركة سعودية إنها استحوذت على شركة ريم للأغذية. وقال وزير التجارة إن الصفقة مهمة.",
            "An Indian tech firm said that it acquired Marbel Finance. The minister said the deal was important."})
    void noCompanyNamedNextNoDoer(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.document().facts().stream().anyMatch(f -> f.type() == FactType.ACQUISITION), x.describeFacts());
    }
}
