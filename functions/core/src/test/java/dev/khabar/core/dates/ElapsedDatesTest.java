package dev.khabar.core.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.text.Token;
import dev.khabar.core.text.Tokenizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Times counted back from publication, a month named with its year after «العام», the day before yesterday. */
class ElapsedDatesTest {
    private static List<DateMention> find(String text, String published) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return DateReader.find(text, tokens, 0, tokens.size(), LocalDate.parse(published));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Six years ago, the lender bought a rival | 2023-10-05 | 2017 | Six years ago",
        "the founder who quit three months ago | 2023-10-05 | 2023-07 | three months ago",
        "the deal it signed a year ago | 2023-10-05 | 2022 | a year ago",
        "closed 10 days ago | 2023-10-05 | 2023-09-25 | 10 days ago",
        "باعت الشركة حصتها قبل عامين | 2023-10-05 | 2021 | قبل عامين",
        "انضم إلى البنك منذ خمس سنوات | 2023-10-05 | 2018 | منذ خمس سنوات",
        "وقعت الاتفاقية قبل نحو شهرين | 2023-10-05 | 2023-08 | قبل نحو شهرين",
        "استقال قبل أسبوعين | 2023-10-05 | 2023-09 | قبل أسبوعين",
        "وقعت الشركتان أمس الأول اتفاقية | 2023-10-05 | 2023-10-03 | أمس الأول",
        "أغلقت الصفقة في أكتوبر/تشرين الأول العام 2019 | 2023-10-05 | 2019-10 | أكتوبر/تشرين الأول العام 2019",
        "اشترت الحصة في 9 مارس من عام 2016 | 2023-10-05 | 2016-03-09 | 9 مارس من عام 2016",
        "through its 2018 purchase of a rival | 2023-10-05 | 2018 | 2018",
        "the chief executive is to retire in December | 2023-10-05 | 2023-12 | December",
        "the chief executive is to retire in March | 2023-10-05 | 2024-03 | March"})
    void countedBackOrNamedWithItsYear(String text, String published, String value, String span) {
        List<DateMention> found = find(text, published);
        assertEquals(1, found.size(), () -> text + ": " + found);
        assertEquals(value, found.get(0).value());
        assertEquals(span, found.get(0).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "تأسست الشركة قبل عام 2010 بقليل | 2022",
        "وقع الاتفاق قبل عامين من الطرح | 2021",
        "several years ago the plant closed | 2020",
        "two years before the listing | 2021",
        "واجتمع المجلس في ذات اليوم | 2023-10-05",
        "وأعلن القرار في اليوم نفسه | 2023-10-05",
        "سرحت الشركة 300 عامل قبل شهر رمضان | 2023-09",
        "وقع العقد منذ يوم الخميس الماضي | 2023-10-04",
        "sales rose to $9 million, up from $4 million a year ago | 2022",
        "it hired 80 people, twice as many as it hired a year ago | 2022"})
    void notCountedBackFromPublication(String text, String wrong) {
        List<DateMention> found = find(text, "2023-10-05");
        assertTrue(found.stream().noneMatch(d -> d.value().equals(wrong)), () -> text + ": " + found);
    }
}
