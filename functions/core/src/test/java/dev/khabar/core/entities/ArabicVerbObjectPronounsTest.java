package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A verb that follows a name, with its object pronoun: «يتولى» takes it on an alif («يتولاه», «تتولاها»), and a feminine
 * form that folds to a noun in ة («توسعة», «تنويه») is left to the noun. Texts written here.
 */
class ArabicVerbObjectPronounsTest {
    @ParameterizedTest
    @ValueSource(strings = {"يتولاه", "يتولاها", "تتولاه", "سيتولاها", "يراه", "تبقاه", "تديره", "يملكها", "تقوده", "يسعاها"})
    void aVerbWithItsPronounFollowsAName(String word) {
        assertTrue(ArabicWords.verbAfterName(TextNormalizer.normalize(word)), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"يتوليه", "توسعة", "لتوسعة", "تنويه", "تقدمة", "تكملة"})
    void aNounInTaOrADeadFormIsNoVerb(String word) {
        assertFalse(ArabicWords.verbAfterName(TextNormalizer.normalize(word)), word);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأطلق الاتحاد صندوق يتولاه فريق من الخبراء لدعم المزارعين.|يتولاه",
            "وأسست الجمعية مؤسسة تتولاها سيدة أعمال معروفة.|تتولاها",
            "وأنشأت البلدية صندوق يتولاه مجلس من المتطوعين.|يتولاه"})
    void noBodyIsNamedThroughTheVerb(String text, String verb) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION
                && e.aliases().stream().anyMatch(a -> a.contains(verb))), x.names());
    }
}
