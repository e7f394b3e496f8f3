package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** «مؤسسة سالم ناصر البلادي للمقاولات»: an establishment named for its owner and its trade, not a woman founder and her name. */
class ArabicEstablishmentsNamedForOwnersTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void aThreePartOwnersNameThenATrade() {
        Extracted e = x("وقعت وزارة النقل عقدا مع مؤسسة سالم ناصر البلادي للمقاولات بمبلغ 5 ملايين ريال.");
        assertEquals(EntityType.ORGANIZATION, e.spelled("مؤسسة سالم ناصر البلادي للمقاولات")
                .orElseThrow(() -> new AssertionError(e.names())).type());
        assertFalse(e.hasFactOfType(FactType.FOUNDED), e.describeFacts());
    }

    @Test
    void twoTradesJoinedByAnd() {
        Extracted e = x("وفازت مؤسسة حمد عبدالله المطيري للتجارة والمقاولات بعقد صيانة الطرق.");
        assertEquals(EntityType.ORGANIZATION, e.spelled("مؤسسة حمد عبدالله المطيري للتجارة والمقاولات")
                .orElseThrow(() -> new AssertionError(e.names())).type());
    }

    @Test
    void aWomanFounderOfANamedCompanyStaysAPerson() {
        Extracted e = x("وقالت ليلى الشمري، مؤسسة شركة زهرة، إن الشركة ستتوسع.");
        e.requireFactByAlias(FactType.FOUNDED, "ليلى الشمري", "شركة زهرة");
    }
}
