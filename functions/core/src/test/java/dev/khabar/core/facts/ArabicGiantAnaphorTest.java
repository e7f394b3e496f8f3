package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «العملاق الكوري», «العملاق الأمريكي»: "the giant" stands for the company named before, as English "giant" does, when
 * it opens its own phrase; after a definite noun («المشروع العملاق») it only describes that noun. Texts written here.
 */
class ArabicGiantAnaphorTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة نوفاترون عن أرباحها الفصلية. وبعد ذلك أطلق العملاق الكوري هاتفه الجديد Nova X5.|PRODUCT_LAUNCH|نوفاترون|Nova X5",
            "تعرض شركة سامسونج صورة جديدة على موقعها. وأطلق العملاق الكوري في مارس هاتفه جلاكسي S9.|PRODUCT_LAUNCH|سامسونج|جلاكسي S9",
            "تأسست شركة كوانتيكا في 2010. ووقع العملاق التقني اتفاقية شراكة مع شركة ميرالين.|PARTNERSHIP|كوانتيكا|ميرالين",
            "نشرت شركة فالكورا تقريرها السنوي. واستحوذ العملاق الألماني على شركة لومكس الناشئة.|ACQUISITION|فالكورا|لومكس"})
    void theGiantIsTheCompanyNamedBefore(String text, String type, String doer, String object) {
        Extracted x = Extracted.of(text, "2020-01-15");
        assertTrue(x.hasFactByAlias(FactType.valueOf(type), doer, object), x.describeFacts());
    }

    @Test
    void theGiantLaysOffForTheCompanyNamedBefore() {
        Extracted x = Extracted.of("أعلنت شركة ريموتك عن خسائر. وسرح العملاق الصيني 300 موظف الشهر الماضي.", "2020-01-15");
        String company = x.withAlias("ريموتك").id();
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.LAYOFF && f.subject().equals(company)),
                x.describeFacts());
    }

    @Test
    void aGiantProjectIsNoCompany() {
        Extracted x = Extracted.of("تأسست شركة كوانتيكا في 2010. ووقع المشروع العملاق اتفاقية شراكة مع شركة ميرالين.",
                "2020-01-15");
        assertFalse(x.hasFactByAlias(FactType.PARTNERSHIP, "كوانتيكا", "ميرالين"), x.describeFacts());
    }
}
