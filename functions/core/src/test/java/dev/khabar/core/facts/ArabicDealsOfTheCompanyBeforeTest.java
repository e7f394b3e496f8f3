package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A deal whose doer was named in the sentence before: «وقالت الشركة إنها فازت بعقد» (the pronoun of «إنها» stands for
 * the company «الشركة» stands for), and a feminine verb opening its sentence with no doer («وأطلقت تطبيق …»), which
 * keeps the doer of the sentence before. Texts written here.
 * Those making none: {@link DealsNotMadeTest}.
 */
class ArabicDealsOfTheCompanyBeforeTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the pronoun of the company reporting
            "أعلنت شركة سنام للتقنية نتائجها الفصلية. وقالت الشركة إنها فازت بعقد من وزارة الصحة.|CONTRACT|سنام للتقنية|وزارة الصحة",
            "تأسست شركة بحار للخدمات عام 2001. وأعلنت الشركة أنها استحوذت على شركة ريم للأغذية.|ACQUISITION|بحار للخدمات|ريم للأغذية",
            "تعمل شركة بحار للخدمات في قطاع المياه. وذكرت الشركة أنها أطلقت تطبيق \"موجة\" للعملاء.|PRODUCT_LAUNCH|بحار للخدمات|موجة",
            // a verb opening its sentence
            "تعمل شركة بحار للخدمات في قطاع المياه. وأطلقت تطبيق \"موجة\" للعملاء.|PRODUCT_LAUNCH|بحار للخدمات|موجة",
            "تأسست شركة بحار للخدمات عام 2001 في جدة. واستحوذت العام الماضي على شركة ريم للأغذية.|ACQUISITION|بحار للخدمات|ريم للأغذية",
            "أعلنت شركة سنام للتقنية نتائجها. وكانت قد استحوذت على شركة ريم للأغذية في 2020.|ACQUISITION|سنام للتقنية|ريم للأغذية"})
    void theDoerIsTheCompanyOfTheSentenceBefore(String text, String type, String doer, String object) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.valueOf(type), doer, object), x.describeFacts());
    }
}
