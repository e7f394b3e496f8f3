package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The family name after «بن X», with or without the article, closed by the name's verb or its title («… الغنيم تقدم»,
 * «… مغربل رئيساً»), and
 * «عبد العزيز» written apart or joined, are one person's name; after a father's «عبد X» a bare family closed by
 * punctuation, the next person's «و» or «بدلا» is the name's too, and «عضواً», "as a member", closes a name as a title does.
 */
class ArabicNameChainsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "إن الرئيس التنفيذي الدكتور خالد بن عبد العزيز الغنيم تقدم باستقالته.|خالد بن عبد العزيز الغنيم",
            "وافق المجلس على تعيين الدكتور سعد بن عبدالله الهاجري رئيساً تنفيذياً للمجموعة.|سعد بن عبدالله الهاجري",
            "وقال المدير العام فهد بن محمد الشمراني إن النتائج جيدة.|فهد بن محمد الشمراني",
            "أعلنت الرابطة عن تعيين الأستاذ عمر بن عماد مغربل رئيساً تنفيذياً للرابطة.|عمر بن عماد مغربل",
            "قرر المجلس تعيين طارق بن سعيد كردي مديرا عاما للبنك.|طارق بن سعيد كردي",
            "وأعلنت الشركة أن زياد بن فهد شطا سيتولى المنصب.|زياد بن فهد شطا"})
    void theFamilyClosesTheChain(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.withAlias(person).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "إن الدكتور خالد بن عبد العزيز الغنيم تقدم باستقالته. وعين المجلس خالد بن عبدالعزيز الغنيم رئيساً للمجموعة.|خالد بن عبدالعزيز الغنيم",
            "إن المهندس سعد بن عبد الرحمن الحربي تقدم باستقالته. وعين المجلس سعد بن عبدالرحمن الحربي رئيساً للشركة.|سعد بن عبدالرحمن الحربي",
            "إن الدكتور ناصر بن عبد الكريم السالم تقدم باستقالته. وعين المجلس ناصر بن عبدالكريم السالم رئيساً للبنك.|ناصر بن عبدالكريم السالم"})
    void abdApartOrJoinedIsOneName(String text, String joined) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(1, x.document().entities().stream().filter(e -> e.type() == EntityType.PERSON).count(), x.names());
        assertTrue(x.withAlias(joined).aliases().size() >= 2, x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "التقى محمد بن سلمان ولي العهد بالوفد.|محمد بن سلمان",
            "وصل خالد بن فهد اليوم إلى الرياض.|خالد بن فهد",
            "أعلن فيصل بن فرحان دعم المبادرة.|فيصل بن فرحان"})
    void aWordNotClosedByVerbOrTitleStaysOutOfTheName(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(person, x.withAlias(person).aliases().stream().filter(a -> a.startsWith(person)).max(
                java.util.Comparator.comparingInt(String::length)).orElseThrow(), x.names());
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وانضم إلى اللجنة سامر عبد الحميد فرج، وقالت الشركة إنه خبير.|سامر عبد الحميد فرج",
            "وخرج من المجلس عضوان ودخل حسام فاروق ورامي عبد الكريم شاكر بدلاً منهما.|رامي عبد الكريم شاكر",
            "وعينت الهيئة خالد عبد الرحيم طوقان وهالة نصار في اللجنة.|خالد عبد الرحيم طوقان"})
    void aBareFamilyAfterAbdClosedByPunctuationOrTheNextNameOrReplacing(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.withAlias(person).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وزار رامي عبد الكريم مصانع الشركة في الجنوب.|رامي عبد الكريم",
            "وزار محمد عبد الله مصر، ثم عاد إلى بلاده.|محمد عبد الله"})
    void aBareWordAfterAbdNotClosedStaysOut(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(person, x.withAlias(person).aliases().stream().filter(a -> a.startsWith(person)).max(
                java.util.Comparator.comparingInt(String::length)).orElseThrow(), x.names());
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وعين المجلس نادر كمال صبري عضواً في اللجنة التنفيذية.|نادر كمال صبري",
            "واختارت الجمعية، سامي نبيل الراشد عضواً في مجلسها.|سامي نبيل الراشد"})
    void theAccusativeMemberClosesAName(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.withAlias(person).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"واختارت الجمعية سامي نبيل عضواً في مجلسها.|سامي نبيل"})
    void theMemberWordStaysOutOfTheName(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(person, x.withAlias(person).aliases().stream().filter(a -> a.startsWith(person)).max(
                java.util.Comparator.comparingInt(String::length)).orElseThrow(), x.names());
    }
}
