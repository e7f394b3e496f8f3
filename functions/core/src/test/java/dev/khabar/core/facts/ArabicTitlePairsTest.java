package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A title in the dual or plural names two people joined by و; each holds it, and each leaves when both leave. */
class ArabicTitlePairsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة زيفرا استقالة رئيسيها التنفيذيين ماركو تيلين وهاكان بيرغ، وتعيين خلف لهما.|ماركو تيلين|هاكان بيرغ",
            "قالت شركة زيفرا إن الرئيسين التنفيذيين كينجي ساتو وتارو ياماتا سيغادران.|كينجي ساتو|تارو ياماتا",
            "أعلنت شركة زيفرا رحيل مؤسسيها لوكاس برين وأوتو فالك عن مجلس الإدارة.|لوكاس برين|أوتو فالك"})
    void bothPeopleAfterADualTitleAreFound(String text, String first, String second) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.withAlias(first).type(), x.names());
        assertEquals(EntityType.PERSON, x.withAlias(second).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة زيفرا استقالة رئيسيها التنفيذيين ماركو تيلين وهاكان بيرغ، وتعيين خلف لهما.|ماركو تيلين|هاكان بيرغ",
            "أعلن بنك كوردا استقالة رئيسيه التنفيذيين ستيفن كارلو وأندرس هولم من منصبيهما.|ستيفن كارلو|أندرس هولم",
            "أعلنت شركة زيفرا أن رئيسيها التنفيذيين ماركو تيلين وهاكان بيرغ قدما استقالتهما.|ماركو تيلين|هاكان بيرغ"})
    void eachOfThePairHoldsTheTitle(String text, String first, String second) {
        Extracted x = Extracted.of(text, "2025-01-01");
        String org = text.contains("كوردا") ? "بنك كوردا" : "زيفرا";
        assertTrue(x.hasTitleByAlias(first, org), x.describeFacts());
        assertTrue(x.hasTitleByAlias(second, org), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة زيفرا استقالة مديرها مارك فيلد، وتسليم منصبه إلى جون باركر.|جون باركر",
            "أعلن بنك كوردا رحيل رئيسه التنفيذي ستيفن كارلو، وانتقال مهامه إلى بيتر هان.|بيتر هان",
            "أعلنت شركة زيفرا استقالة رئيسها سام نورث، ونقل صلاحياته إلى ليزا غرين.|ليزا غرين"})
    void theOneWhoTakesOverInTheNextClauseDoesNotLeave(String text, String successor) {
        Extracted x = Extracted.of(text, "2025-01-01");
        String s = x.withAlias(successor).id();
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.EMPLOYMENT_END && f.subject().equals(s)),
                x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "عين البنك الرئيسين التنفيذيين بول جين وكارل بيك. ويتهم جين وبيك بإدارة سيئة.|جين وبيك",
            "قاد الشركة المديران مارك جون وبيتر سام. وكان جون وسام قد انضما عام 2010.|جون وسام",
            "كتبت الصحيفة عن ديفيد مارك وبول إيما. ووصف مارك وإيما الخطة بالجيدة.|مارك وإيما"})
    void familyNamesJoinedByWaAreNoNewPerson(String text, String pair) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.aliases().contains(pair)), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت وزيرة الصناعة، نوال الطحاوي، توقيع عقد مع شركة زيفرا.|نوال الطحاوي",
            "قال وزير النقل، سامر حداد، إن الوزارة وقعت اتفاقا مع شركة زيفرا.|سامر حداد",
            "وأكد وزير المالية، كريم منصور، أن الحكومة وقعت عقدا مع شركة زيفرا.|كريم منصور"})
    void aMinisterOfSomethingIsNoEmployeeOfTheCompanyInTheSentence(String text, String minister) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(!x.hasFactByAlias(FactType.ROLE, minister, "زيفرا"), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وسيتولى مارك تيلين، 48 عاما، منصب الرئيس التنفيذي في شركة زيفرا اعتبارا من مايو.|مارك تيلين",
            "ويتولى جون بيرغ، 61 عاما، منصب المدير المالي في شركة زيفرا.|جون بيرغ",
            "وستتولى سارة الطحاوي، 39 عاما، منصب رئيسة العمليات في شركة زيفرا.|سارة الطحاوي"})
    void anAgeSetOffByCommasDoesNotPartTheNewcomerFromThePost(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.EMPLOYMENT_START, person, "زيفرا"), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقالت شركة زيفرا إن رئيس مجلس إدارتها، البريطاني جون باركر سيزور الرياض قريبا.|جون باركر",
            "وأعلنت شركة زيفرا أن عضو مجلس أمناء الشركة، الألماني مارك فيلد سيتسلم المنصب.|مارك فيلد",
            "وأوضحت شركة زيفرا أن رئيسها التنفيذي، الفرنسي بيير مارتن يدير الحسابات منذ 2019.|بيير مارتن"})
    void aNationalityBetweenTheTitlesCommaAndTheNameKeepsTheRole(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, person, "زيفرا"), x.describeFacts());
    }
}
