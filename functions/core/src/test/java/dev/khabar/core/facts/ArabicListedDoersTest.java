package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An Arabic verb's subject may be a list of companies («كل من A وB», «شركتا A وB», «A وB»): each member makes the deal,
 * and none of them is the company dealt with.
 */
class ArabicListedDoersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استثمرت شركة سنام كابيتال وشركة ديم فنتشرز في شركة رافلي الناشئة.|INVESTMENT",
            "واستثمرت كل من شركة سنام كابيتال وشركة ديم فنتشرز في شركة رافلي.|INVESTMENT",
            "استحوذت شركة سنام كابيتال وشركة ديم فنتشرز على شركة رافلي مقابل 40 مليون دولار.|ACQUISITION",
            "استحوذت كل من شركة سنام كابيتال وشركة ديم فنتشرز على حصص في شركة رافلي.|ACQUISITION",
            "ووقعت كل من شركة سنام كابيتال وشركة ديم فنتشرز مذكرة تفاهم مع شركة رافلي.|PARTNERSHIP",
            "ووقعت شركة سنام كابيتال، وشركة ديم فنتشرز اتفاقية شراكة مع شركة رافلي.|PARTNERSHIP"})
    void everyListedDoerDeals(String text, FactType type) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(type, "سنام كابيتال", "رافلي") || type == FactType.ACQUISITION
                && x.hasFactByAlias(FactType.INVESTMENT, "سنام كابيتال", "رافلي"), x.describeFacts());
        assertTrue(x.hasFactByAlias(type, "ديم فنتشرز", "رافلي") || type == FactType.ACQUISITION
                && x.hasFactByAlias(FactType.INVESTMENT, "ديم فنتشرز", "رافلي"), x.describeFacts());
        assertFalse(x.hasFactByAlias(type, "سنام كابيتال", "ديم فنتشرز"), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the list follows a preposition or a noun: the companies dealt with, or examples, never the doers
            "ووقعت شركة رافلي مذكرة تفاهم مع شركة سنام كابيتال وشركة ديم فنتشرز.|PARTNERSHIP",
            "ووقعت شركة رافلي، التي يدعمها مستثمرون مثل شركة سنام كابيتال وشركة ديم فنتشرز، اتفاقية مع شركة كوانتو.|PARTNERSHIP",
            "استحوذت شركة رافلي على شركة سنام كابيتال وشركة ديم فنتشرز.|ACQUISITION"})
    void aListAfterAPrepositionOrANounDoesNot(String text, FactType type) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.hasFactByAlias(type, "سنام كابيتال", "رافلي"), x.describeFacts());
        assertFalse(x.hasFactByAlias(type, "ديم فنتشرز", "رافلي"), x.describeFacts());
        assertFalse(x.hasFactByAlias(type, "سنام كابيتال", "ديم فنتشرز"), x.describeFacts());
    }
}
