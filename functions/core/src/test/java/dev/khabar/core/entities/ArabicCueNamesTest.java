package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Organizations named by a cue noun (بنك، مصرف، صندوق، شركة…) and what follows it. */
class ArabicCueNamesTest {
    private static Optional<Entity> withAlias(Extracted x, String alias) {
        return x.document().entities().stream().filter(e -> e.aliases().contains(alias)).findFirst();
    }

    @Test
    void aBankNamedByAPlaceIsOneOrganization() {
        Extracted x = Extracted.of("وقع بنك كينيا اتفاقا مع مصرف ليبيا. وقال لبنك الأردن إنه سيوسع فروعه، فيما افتتح وبنك آسيا مكتبا.",
                "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, withAlias(x, "بنك كينيا").orElseThrow(() -> new AssertionError(x.names())).type());
        assertTrue(withAlias(x, "مصرف ليبيا").isPresent(), x.names());
        assertTrue(withAlias(x, "بنك الأردن").isPresent(), x.names());
        assertTrue(withAlias(x, "بنك آسيا").isPresent(), x.names());
        assertFalse(x.entity("Kenya").isPresent(), x.names());
    }

    @Test
    void aQuotedPersonAfterACompanysNameIsNotTheCompany() {
        Extracted x = Extracted.of("قال مؤسس شركة زيلو المصرية «أحمد سالم» إن الشركة ستتوسع. وأكدت رئيسة شركة فيرو الناشئة \"سارة يوسف\" الخبر.",
                "2025-01-01");
        assertTrue(withAlias(x, "زيلو").isPresent(), x.names());
        assertEquals(EntityType.PERSON, withAlias(x, "أحمد سالم").orElseThrow(() -> new AssertionError(x.names())).type());
        assertEquals(EntityType.PERSON, withAlias(x, "سارة يوسف").orElseThrow(() -> new AssertionError(x.names())).type());
    }
}
