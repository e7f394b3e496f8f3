package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A wire story's lead on a company described, not named — «أعلنت شركة تكنولوجيا هندية أنها جمعت …», "An Indian tech
 * firm said that it raised …" — names it as the doer of the next sentence, in brackets or not. Texts written here.
 * Those making none: {@link DealsNotMadeTest}.
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
}
