package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import dev.khabar.core.model.Entity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An organization found once after a cue is the same organization where it is written alone, a one-word name too unless
 * it may be a common word. Texts written here.
 */
class ArabicRepeatedNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلن الصندوق الزراعي عن برنامج جديد. وقال الرئيس التنفيذي للصندوق الزراعي محمد الخالدي إن البرنامج ناجح.|الصندوق الزراعي|2",
            "وقعت شركة ميراك كابيتال اتفاقية جديدة. وستدير ميراك كابيتال المحفظة، وتتوقع ميراك كابيتال نموا.|ميراك كابيتال|3",
            "استحوذت مجموعة نوفا تك على مصنع. وقالت نوفا تك إن الصفقة مهمة.|نوفا تك|2"})
    void theNameWrittenAloneIsTheSameOrganization(String text, String name, int mentions) {
        Extracted x = Extracted.of(text, "2025-01-01");
        Entity e = x.document().entities().stream().filter(en -> en.aliases().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError(x.names()));
        assertEquals(mentions, e.mentions(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة زيفرا عن جولة تمويلية. وسرحت زيفرا 50 موظفا.|زيفرا|2",
            "أعلنت شركة زيفرا عن جولة تمويلية. وقالت زيفرا إن التمويل كبير، وأكدت لزيفرا شركات أخرى دعمها.|زيفرا|3",
            "وقعت شركة \"نوفابيت\" اتفاقية. وتأسست نوفابيت عام 2019.|نوفابيت|2"})
    void aOneWordNameWrittenAloneToo(String text, String name, int mentions) {
        theNameWrittenAloneIsTheSameOrganization(text, name, mentions);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استحوذت شركة نوفابيت للتكنولوجيا المالية على شركة زيفرا. وسرحت نوفابيت 50 موظفا.|LAYOFF|نوفابيت",
            "استحوذت شركة نوفابيت المصرية للتكنولوجيا المالية على شركة زيفرا. وسرحت نوفابيت 50 موظفا.|LAYOFF|نوفابيت",
            "أعلنت شركة \"نوفابيت\" عن صفقة. واستحوذت شركة نوفابيت المصرية للتكنولوجيا المالية على شركة زيفرا.|ACQUISITION|نوفابيت"})
    void theFirstWordOfANameGoingOnToWhatItDoes(String text, FactType type, String shortName) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(1, x.document().entities().stream().filter(e -> e.aliases().contains(shortName)).count(), x.names());
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == type
                && f.subject().equals(x.withAlias(shortName).id())), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استحوذت شركة نوفابيت الرقمية على شركة زيفرا. وسرحت نوفابيت 50 موظفا.|نوفابيت الرقمية"})
    void theFirstWordOfANameGoingOnToAnAdjectiveIsNotIt(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.aliases().contains(name) && e.aliases().contains("نوفابيت")),
                x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the word also written with the article, or heading a construct where it is met again: a common word here
            "وقعت شركة مدن اتفاقية جديدة. وتضم المدن الجديدة آلاف المنازل، وتنمو مدن كثيرة.|مدن|1",
            "وقعت شركة مدن اتفاقية جديدة. وتضم مدن المملكة آلاف المنازل.|مدن|1"})
    void aOneWordNameThatMayBeACommonWordStaysWhereTheCueIs(String text, String name, int mentions) {
        theNameWrittenAloneIsTheSameOrganization(text, name, mentions);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة زيفرا عن جولة تمويلية. وأسس خالد المطيري زيفرا عام 2019.|FOUNDED|خالد المطيري|زيفرا",
            "أعلنت شركة زيفرا عن جولة تمويلية. ووقعت زيفرا اتفاقية مع شركة نوفابيت.|PARTNERSHIP|زيفرا|نوفابيت"})
    void theFactsOfTheNameWrittenAlone(String text, FactType type, String subject, String object) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(type, subject, object), x.describeFacts());
    }
}
