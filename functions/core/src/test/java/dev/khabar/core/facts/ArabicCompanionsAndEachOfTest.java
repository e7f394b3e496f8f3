package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «على يد خالد المطيري وشريكه فهد الدوسري»: a partner's or relative's noun with its pronoun joins the person named
 * after it to a list, and names no partnership; «بمشاركة كل من X وY» after a round's leader: "each of" opens the
 * investors. Texts written here.
 */
class ArabicCompanionsAndEachOfTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتأسست شركة زيفرا عام 2019 على يد خالد المطيري وشريكه فهد الدوسري.|فهد الدوسري|زيفرا",
            "تأسست شركة نوفابيت على يد منى فؤاد وزوجها كريم عادل في القاهرة.|كريم عادل|نوفابيت",
            "وتأسست شركة زيفرا على يد سامر حداد وشقيقه نبيل حداد.|نبيل حداد|زيفرا"})
    void theCompanionFoundsToo(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.FOUNDED, person, org), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أسس خالد المطيري وشريكه فهد الدوسري شركة زيفرا عام 2019.|FOUNDED|فهد الدوسري|زيفرا",
            "انضم خالد المطيري وزميله فهد الدوسري إلى شركة زيفرا.|EMPLOYMENT_START|فهد الدوسري|زيفرا"})
    void theCompanionAfterAVerbsDoerSharesTheDoing(String text, FactType type, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(type, person, org), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أسس خالد المطيري وشريكه فهد الدوسري شركة زيفرا عام 2019.|خالد المطيري|زيفرا"})
    void aPersonsPartnerIsNoPartnership(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.hasFactByAlias(FactType.PARTNERSHIP, person, org), x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.FOUNDED, person, org), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت شركة زيفرا اتفاقية مع شريكها شركة نوفا.|زيفرا|نوفا"})
    void aCompanysPartnerStaysAPartnership(String text, String a, String b) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.PARTNERSHIP, a, b) || x.hasFactByAlias(FactType.PARTNERSHIP, b, a), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "جمعت شركة زيفرا 45 مليون دولار في جولة قادتها شركة سنابل للاستثمار، بمشاركة كل من صندوق رائد فنتشرز وشركة نوفا.|نوفا|زيفرا",
            "جمعت شركة زيفرا 45 مليون دولار في جولة قادتها شركة سنابل للاستثمار، بمشاركة كل من صندوق رائد فنتشرز وشركة نوفا.|رائد فنتشرز|زيفرا",
            "جمعت شركة زيفرا 9 ملايين دولار في جولة قادها بنك كوردا، وبمشاركة كل من شركة نوفا وشركة ألفا.|ألفا|زيفرا"})
    void eachOfAfterTheLeaderOpensTheInvestors(String text, String investor, String raiser) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.INVESTMENT, investor, raiser), x.describeFacts());
    }
}
