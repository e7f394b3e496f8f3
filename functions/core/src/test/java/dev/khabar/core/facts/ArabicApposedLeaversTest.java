package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An Arabic leaver named with a title between commas before the verb («أن فلانا، رئيسه التنفيذي، قدم استقالته»,
 * «أن رئيس مجلس إدارته، فلان، قدم استقالته»): the past verb after the comma opens no name, so the leaver is the one
 * named; the title before the comma, past a nationality («، البريطاني فلان»), is the post left;
 * «سيتقاعد» leaves a post; a speaker whose report after a bare «إن» tells of others («وقال فلان إن الموظفين
 * يتقاعدون») leaves nothing. Texts written here.
 */
class ArabicApposedLeaversTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-03-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلن بنك الرواد أن فهد السالم، رئيسه التنفيذي، قدم استقالته.|فهد السالم|بنك الرواد",
            "أعلن بنك الرواد أن فهد السالم، الرئيس التنفيذي للبنك، قدم استقالته.|فهد السالم|بنك الرواد",
            "أعلن بنك الرواد أن رئيس مجلس إدارته، فهد السالم، قدم استقالته.|فهد السالم|بنك الرواد",
            "أعلنت شركة سدير للطاقة أن الرئيس التنفيذي، ماجد الدوسري، قدم استقالته.|ماجد الدوسري|سدير للطاقة",
            "قال بنك الرواد إن مديره العام، فهد السالم، سيتقاعد نهاية العام.|فهد السالم|بنك الرواد",
            "وقال ماجد الدوسري إنه سيتقاعد من منصبه في شركة سدير للطاقة نهاية العام.|ماجد الدوسري|سدير للطاقة"})
    void theApposedOrSpeakingLeaverLeaves(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.hasFactByAlias(FactType.EMPLOYMENT_END, person, org), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقالت شركة زيفرا إن رئيس مجلس إدارتها، البريطاني جون باركر سيتقاعد قريبا.|جون باركر|زيفرا|chairman",
            "أعلن بنك الرواد أن رئيسه التنفيذي، فهد السالم، سيتنحى عن منصبه.|فهد السالم|بنك الرواد|CEO"})
    void theTitleBeforeTheCommaIsThePostLeft(String text, String person, String org, String role) {
        Extracted e = x(text);
        assertTrue(e.document().facts().stream().anyMatch(f -> f.type() == FactType.EMPLOYMENT_END
                && f.subject().equals(e.withAlias(person).id()) && f.object().equals(e.withAlias(org).id())
                && role.equals(f.role())), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلن بنك الرواد أن فهد السالم، رئيسه التنفيذي، قدم استقالته.|قدم استقالته",
            "وأكد ماجد الدوسري، المدير العام لشركة سدير للطاقة، غادر الرياض أمس.|غادر الرياض"})
    void thePastVerbOpensNoName(String text, String words) {
        Extracted e = x(text);
        assertFalse(e.spelled(words).isPresent(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال فهد السالم إن موظفي بنك الرواد يتقاعدون في سن الستين.",
            "وقال فهد السالم إن الموظفين سيغادرون بنك الرواد قريبا."})
    void aSpeakerTellingOfOthersLeavesNothing(String text) {
        Extracted e = x(text);
        assertFalse(e.hasFactOfType(FactType.EMPLOYMENT_END), e.describeFacts());
    }
}
