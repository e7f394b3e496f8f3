package dev.khabar.core.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.text.Token;
import dev.khabar.core.text.Tokenizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateReaderTest {
    /** One date found in {@code text}, of this value. */
    private static void assertOneDate(String text, String published, String value) {
        List<DateMention> found = find(text, published);
        assertEquals(1, found.size(), () -> text + ": " + found);
        assertEquals(value, found.get(0).value());
    }

    private static List<DateMention> find(String text, String published) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return DateReader.find(text, tokens, 0, tokens.size(), LocalDate.parse(published));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "أعلنت ذلك في يونيو الماضي | 2025-08-30 | 2025-06",
        "وقعت في ديسمبر الماضي | 2025-03-10 | 2024-12",
        "في حزيران الماضي | 2025-08-30 | 2025-06",
        "منذ جوان الماضي | 2025-08-30 | 2025-06",
        "في كانون الثاني الماضي | 2025-08-30 | 2025-01",
        "يوليو المقبل | 2025-08-30 | 2026-07",
        "in June | 2025-09-01 | 2025-06",
        "in November | 2024-04-26 | 2023-11",
        "last April | 2025-08-30 | 2025-04",
        "last April | 2025-04-10 | 2024-04",
        "في يناير 2023 | 2025-01-01 | 2023-01",
        "في يناير ٢٠٢٣ | 2025-01-01 | 2023-01",
        "في عام 2023 | 2025-01-01 | 2023",
        "العام الماضي | 2025-05-01 | 2024",
        "this year | 2025-05-01 | 2025",
        "In January last year | 2024-01-18 | 2023-01",
        "in October last year | 2025-03-02 | 2024-10",
        "in June this year | 2025-01-10 | 2025-06",
        "في يوليو من العام الماضي | 2023-01-20 | 2022-07",
        "في مارس العام الماضي | 2023-01-20 | 2022-03",
        "on September 1, 2025 | 2025-09-03 | 2025-09-01",
        "في 5 مارس 2024 | 2025-01-01 | 2024-03-05",
        "اعتبارا من 13 يناير/ كانون الثاني 2021 | 2020-12-20 | 2021-01-13",
        "في 2 يناير/كانون الثاني | 2020-02-20 | 2020-01-02",
        "اعتبارا من 13 يناير | 2020-12-20 | 2021-01-13",
        "effective March 3 | 2020-12-20 | 2021-03-03",
        "effective December 28 | 2020-12-20 | 2020-12-28",
        "من أول آب أغسطس | 2020-05-20 | 2019-08-01",
        "اعتبارا من أول تموز | 2020-05-20 | 2020-07-01",
        "في غرة أيار | 2020-05-20 | 2020-05-01",
        "signed the deal on Oct. 7 | 2011-10-12 | 2011-10-07",
        "closed on Sept. 30, 2024 | 2024-11-02 | 2024-09-30",
        "announced Jan. 15 | 2022-02-01 | 2022-01-15",
        "in Dec. 2019 | 2021-02-01 | 2019-12",
        "closed the sale last week | 2025-06-03 | 2025-05",
        "closed the sale last week | 2025-06-20 | 2025-06",
        "أتمت الصفقة الأسبوع الماضي | 2025-06-03 | 2025-05",
        "signed this week | 2025-06-03 | 2025-06",
        // figures, day first beside Arabic words; a Hijri year is no date
        "وقعت العقد يوم الأربعاء 9/10/2019 في الرياض | 2020-01-01 | 2019-10-09",
        "الموافق 21/ 3 /2018 | 2020-01-01 | 2018-03-21",
        "signed on 23/4/2016 in Doha | 2020-01-01 | 2016-04-23",
        "signed on 4/23/2016 in Doha | 2020-01-01 | 2016-04-23",
        // "as of": a month within a quarter after publication is this year's, a later one last year's
        "will hand over as of September 1 | 2022-07-10 | 2022-09-01",
        "its cash as of December 31 | 2022-02-10 | 2021-12-31",
        "the largest stake as of March | 2022-11-10 | 2022-03",
        // across the new year: a month just after publication's is next year's, however the year turns
        "takes the helm as of January 1 | 2025-11-20 | 2026-01-01",
        "will report to the board as of February | 2025-12-03 | 2026-02",
        "the new prices apply as of March 15 | 2025-12-28 | 2026-03-15",
        "its debt as of October 31 | 2026-01-15 | 2025-10-31"})
    void resolvesAgainstPublication(String text, String published, String value) {
        assertOneDate(text, published, value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "signed on 4/5/2016 in Doha", // April 5 or May 4: the English press writes both
        "وبدأ العمل في 1433/7/15 هـ",
        "مجلس الإدارة في 15/7/1433هـ",
        "the ratio rose to 3/4/2016 levels"})
    void noDateInAmbiguousOrHijriFigures(String text) {
        assertTrue(find(text, "2020-01-01").stream().noneMatch(d -> d.value().length() == 10), () -> text + ": " + find(text, "2020-01-01"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // published on a Thursday (2024-05-09)
        "The bank said Tuesday it would cut jobs | 2024-05-09 | 2024-05-07 | Tuesday",
        "On Thursday, the startup announced a round | 2024-05-09 | 2024-05-09 | Thursday",
        "the merger it agreed last Thursday | 2024-05-09 | 2024-05-02 | last Thursday",
        "the vote due next Monday | 2024-05-09 | 2024-05-13 | next Monday",
        "the firm announced today that | 2024-05-09 | 2024-05-09 | today",
        "the carrier said yesterday | 2024-05-09 | 2024-05-08 | yesterday",
        "chief executive Mara Olsen today announced her exit | 2024-05-09 | 2024-05-09 | today",
        "Orvel Bank yesterday said it would close branches | 2024-05-09 | 2024-05-08 | yesterday",
        "وقعت الشركتان أمس الأربعاء اتفاقية | 2024-05-09 | 2024-05-08 | أمس الأربعاء",
        "أعلنت الشركة يوم الأحد الماضي | 2024-05-09 | 2024-05-05 | يوم الأحد الماضي",
        "أعلن البنك الثلاثاء أنه | 2024-05-09 | 2024-05-07 | الثلاثاء",
        "أعلن البنك مساء الاثنين أنه | 2024-05-09 | 2024-05-06 | الاثنين",
        "كشفت الشركة اليوم عن هاتفها | 2024-05-09 | 2024-05-09 | اليوم",
        "وأمس أعلنت الشركة | 2024-05-09 | 2024-05-08 | وأمس",
        "تبدأ الخدمة يوم السبت المقبل | 2024-05-09 | 2024-05-11 | يوم السبت المقبل"})
    void namedDaysResolveToTheDay(String text, String published, String value, String span) {
        List<DateMention> found = find(text, published);
        assertEquals(1, found.size(), () -> text + ": " + found);
        assertEquals(value, found.get(0).value());
        assertEquals(span, found.get(0).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Black Friday sales rose | 2024-11-29",
        "the Cyber Monday deals | 2024-12-04",
        "بين الاثنين خلاف قديم | 2024-05-09",
        "وقع الاثنان، الاثنين وحدهما، الاتفاق | 2024-05-09",
        "أحد الأحد عشر فريقا | 2024-05-09",
        "ظلت الشركة رائدة حتى اليوم | 2024-05-09",
        "احتفلت الشركة باليوم الوطني | 2024-05-09",
        "USA Today reported the sale | 2024-05-09",
        "a column in Business Today said | 2024-05-09"})
    void wordsThatOnlyLookLikeDaysAreNoDates(String text, String published) {
        assertTrue(find(text, published).isEmpty(), () -> text + ": " + find(text, published));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "اعتبارا من السابع من ديسمبر 2025 | 2025-11-20 | 2025-12-07",
        "في الحادي والعشرين من مارس 2024 | 2025-11-20 | 2024-03-21",
        "في الثاني عشر من أيار | 2025-11-20 | 2025-05-12",
        "اعتبارا من الأول من يناير المقبل | 2025-11-20 | 2026-01-01",
        "في العشرين من مارس الماضي | 2025-11-20 | 2025-03-20",
        "وفي الحادي والثلاثين من أكتوبر | 2025-11-20 | 2025-10-31",
        "أعلنت الأحد السابع من سبتمبر | 2025-11-20 | 2025-09-07",
        "أرجئ الاجتماع إلى الحادي والعشرين من مارس | 2025-11-20 | 2025-03-21"})
    void arabicOrdinalDaysNameTheDay(String text, String published, String value) {
        assertOneDate(text, published, value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "said the plant would be closing in May | 2023-03-13 | 2023-05",
        "she will step down in February | 2023-11-02 | 2024-02",
        "وقالت إنها سوف تغلق المصنع في مايو | 2023-06-10 | 2024-05",
        "Ms Lund, who joined in May, will lead the unit | 2023-03-13 | 2022-05",
        "the firm cut 300 jobs in May and will hire again | 2023-03-13 | 2022-05",
        "she will step down from the board she joined in May | 2023-03-13 | 2022-05",
        "will report sales that rose in March | 2023-06-13 | 2023-03"})
    void aMonthInAClauseOfWhatWillBeIsToCome(String text, String published, String value) {
        assertOneDate(text, published, value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "في الأسبوع الثاني من مارس | 2025-11-20 | 2025-03",
        "خلال النصف الأول من يونيو | 2025-11-20 | 2025-06",
        "في الحادي من مارس | 2025-11-20 | 2025-03"})
    void ordinalsOfOtherNounsLeaveTheMonth(String text, String published, String value) {
        assertOneDate(text, published, value);
    }

    @Test
    void aWeekdayFollowedByItsDateLeavesTheDateToIt() {
        List<DateMention> found = find("announced on Monday, May 6, 2024 that", "2024-05-09");
        assertEquals(1, found.size(), found::toString);
        assertEquals("2024-05-06", found.get(0).value());
        List<DateMention> arabic = find("الأربعاء 08 ماي 2024", "2024-05-09");
        assertEquals(1, arabic.size(), arabic::toString);
        assertEquals("2024-05-08", arabic.get(0).value());
    }

    @Test
    void aMonthNameWithoutACueIsNotADate() {
        assertTrue(find("مارس الرياضة يوميا", "2025-01-01").isEmpty());
        assertTrue(find("Users may sign up", "2025-01-01").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Available in 6.53-inch and 7.2-inch sizes",
        "في عام 1.25 مليون",
        "in 2,50 euros",
        "in 12.5 percent of cases"})
    void aFourCharacterDecimalIsNoYear(String text) {
        assertTrue(find(text, "2025-01-01").isEmpty(), text);
    }

    @Test
    void monthNamesComeFromCldr() {
        assertEquals(java.time.Month.JUNE, MonthNames.month("جوان"));
        assertEquals(java.time.Month.JULY, MonthNames.month("يوليوز"));
        assertEquals(java.time.Month.AUGUST, MonthNames.month("اب"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Acme said on Friday it signed | 2021-03-20 | 2021-03-19",
        "Acme said on Monday it signed | 2024-05-06 | 2024-05-06",
        "the deal announced Tuesday | 2024-06-02 | 2024-05-28",
        "أعلنت الشركة اليوم الأربعاء | 2017-03-29 | 2017-03-29",
        "وقالت الشركة يوم الاثنين | 2024-05-08 | 2024-05-06",
        "وأعلنت الشركة الخميس | 2024-05-04 | 2024-05-02"})
    void aWeekdayIsTheLatestSuchDayNotAfterPublication(String text, String published, String value) {
        List<DateMention> found = find(text, published);
        assertEquals(1, found.size(), found.toString());
        assertEquals(value, found.get(0).value());
    }

    @Test
    void arabicWeekdaysThatAreAlsoWordsNeedADayCue() {
        assertTrue(find("اتفق الاثنان على أن الاثنين سيعملان معا", "2024-05-08").isEmpty());
        assertTrue(find("وسيعقد الاجتماع الأحد المقبل", "2024-05-08").isEmpty());
    }
}
