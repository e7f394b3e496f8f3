package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A title opened by a verb of leading ("lead product manager", "head of research") is the post as written, not a
 * head; "Chief Technical Officer" keeps its words. Texts written here.
 */
class TitlesAsWrittenTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“We like the product,” said Tom Reyes, lead product manager at Vantix.|Tom Reyes|Vantix|lead product manager",
            "Dana Holt, head of research at Vantix, said the chips were ready.|Dana Holt|Vantix|head of research",
            "Dana Holt, Chief Technical Officer of Vantix, said the chips were ready.|Dana Holt|Vantix|Chief Technical Officer",
            // the verb itself still makes its doer the head
            "Dana Holt, who heads Vantix, said the chips were ready.|Dana Holt|Vantix|head"})
    void theTitleAsTheTextGivesIt(String text, String person, String org, String role) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(role, x.requireFact(FactType.ROLE, person, org).role(), x.describeFacts());
    }
}
