package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A member of an Arabic list told with its own description, closed by a comma, does not end the list. */
class ArabicDescribedListMembersTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "جمعت شركة رافلي 20 مليون دولار في جولة بمشاركة شركة سنام كابيتال التي يقع مقرها في دبي، وشركة ديم فنتشرز.",
            "جمعت شركة رافلي 20 مليون دولار في جولة بمشاركة شركة سنام كابيتال، وهي ذراع استثمارية لمجموعة بيرق، وشركة ديم فنتشرز.",
            "جمعت شركة رافلي 20 مليون دولار في جولة بمشاركة شركة سنام كابيتال التابعة لمجموعة بيرق، وشركة ديم فنتشرز."})
    void theMemberAfterTheDescriptionIsListed(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.INVESTMENT, "سنام كابيتال", "رافلي"), x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.INVESTMENT, "ديم فنتشرز", "رافلي"), x.describeFacts());
        assertFalse(x.spelled("مجموعة بيرق").isPresent()
                && x.hasFactByAlias(FactType.INVESTMENT, "مجموعة بيرق", "رافلي"), x.describeFacts());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "جمعت شركة رافلي 20 مليون دولار في جولة بمشاركة شركة سنام كابيتال التي يقع مقرها في دبي، وقالت شركة ديم فنتشرز إنها لم تشارك.",
            "جمعت شركة رافلي 20 مليون دولار في جولة بمشاركة شركة سنام كابيتال التي يقع مقرها في دبي؛ وأعلنت شركة ديم فنتشرز أنها لم تشارك."})
    void aClauseAfterTheDescriptionEndsTheList(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.hasFactByAlias(FactType.INVESTMENT, "ديم فنتشرز", "رافلي"), x.describeFacts());
    }
}
