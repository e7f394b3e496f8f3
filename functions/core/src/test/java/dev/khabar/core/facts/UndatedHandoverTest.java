package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A handover told in a text with no publication date still yields its facts (nothing to date them by). */
class UndatedHandoverTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "Acme Corp said Jane Roe will step down as chief executive. She will be replaced by John Doe on June 16.",
            "Zylo Inc named Mark Field CEO. Field will take over from Anna Berg on March 3.",
            "Nordex Ltd said Sam North resigned as CEO. Lisa Green will succeed North on May 2."})
    void aHandoverWithoutAPublicationDateIsStillRead(String text) {
        Extracted x = Extracted.of(text, null);
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.EMPLOYMENT_END
                || f.type() == FactType.EMPLOYMENT_START), x.describeFacts());
    }
}
