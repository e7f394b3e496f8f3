package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentences near the deal forms of the round's families that make no deal: absorbing a sum, another object of «حصلت …
 * على», a lead whose next sentence names no company, choosing with no work, a verb opening its sentence after one with
 * no company as its doer, a deal only thought over; «عقد» holding a meeting or counting years, cooperation only talked
 * of, a partner who is a person, an investment whose only party named is a government. Texts written here.
 */
class DealsNotMadeTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // an investment "in" a government: the money goes into the work contracted with it
            "وقعت شركة ريم عقد امتياز مع حكومة السنغال لتطوير ميناء جديد باستثمارات تصل إلى مليار دولار.|INVESTMENT",
            "Trilith Ports will invest $1 billion under its agreement with the Government of Senegal.|INVESTMENT",
            // takeover verbs: a sum absorbed, a post taken over
            "Trilith Bank absorbed losses of $20 million.|ACQUISITION",
            "Jane Roe takes over as chief executive of Marbel Finance next month.|ACQUISITION",
            // «حصلت X على …»: another object first
            "حصلت شركة ريم على موافقة الهيئة على تمويل المشروع.|FUNDING_ROUND",
            "حصلت شركة ريم للأغذية على جائزة التميز، وتعمل على تمويل مشاريع جديدة.|FUNDING_ROUND",
            // a described lead: no company named next
            "قالت شركة سعودية إنها استحوذت على شركة ريم للأغذية. وقال وزير التجارة إن الصفقة مهمة.|ACQUISITION",
            "An Indian tech firm said that it acquired Marbel Finance. The minister said the deal was important.|ACQUISITION",
            // choosing or contracting: no work, no company
            "اختارت مجلة فوربس شركة سنام للتقنية ضمن أفضل الشركات.|CONTRACT",
            "كلفت وزارة الأشغال لجنة لدراسة المشروع.|CONTRACT",
            "تعاقد النادي مع اللاعب أحمد سالم لمدة ثلاث سنوات.|CONTRACT",
            // a verb opening its sentence: the sentence before is a person's, or names no company as its doer
            "عين مجلس الإدارة أحمد سالم رئيساً تنفيذياً لشركة سنام للتقنية. ووقعت عقداً مع وزارة الصحة.|CONTRACT",
            "قال وزير الصحة إن الوزارة تعمل على تطوير المستشفيات. واستحوذت على شركة ريم للأغذية.|ACQUISITION",
            // a definite noun after the verb may be its own doer
            "تعمل شركة بحار للخدمات في قطاع المياه. واستحوذت الحكومة على شركة ريم للأغذية.|ACQUISITION",
            // "it" awarding with no company before
            "The line is old and slow. It has awarded a £30m contract to Halvex Construction.|CONTRACT",
            // a deal only thought over
            "Trilith Bank is mulling a bid for Marbel Finance.|ACQUISITION",
            "Trilith Bank is weighing a possible offer for Marbel Finance.|ACQUISITION",
            "Trilith Bank is said to be considering buying Marbel Finance.|ACQUISITION",
            "Trilith Bank may consider investing in Kelvo.|INVESTMENT",
            "Analysts think Trilith Bank may be interested in a takeover of Marbel Finance.|ACQUISITION",
            "Qortex is interested in buying Kelvo Foods, people close to the talks said.|ACQUISITION",
            "تدرس شركة سنام للتقنية الاستحواذ على شركة ريم للأغذية.|ACQUISITION",
            "تبحث شركة سنام للتقنية إمكانية الاستحواذ على شركة ريم للأغذية.|ACQUISITION",
            // «عقد» holding a meeting or counting ten years
            "عقدت شركة زيفر اجتماعا مع بنك الرياض في جدة.|CONTRACT",
            "عقد الرئيس التنفيذي لشركة نسيم للتقنية مؤتمرا صحفيا مع هيئة الطرق.|CONTRACT",
            "وعمل سالم الحربي لدى شركة أرامكو لأكثر من عقد قبل انضمامه إلى شركة سابك.|CONTRACT",
            "تضاعفت مبيعات شركة زيفر خلال العقد الماضي مقارنة بشركة أمازون.|CONTRACT",
            "تعمل شركة زيفر مع بنك الرياض منذ عقدين من الزمن.|CONTRACT",
            // cooperation only talked of
            "عقدت شركة زيفر اجتماعا مع بنك الرياض لبحث سبل التعاون.|PARTNERSHIP",
            "بحث بنك الرياض مع شركة زيفر أوجه التعاون المشترك.|PARTNERSHIP",
            "ناقشت شركة زيفر مع بنك الرياض فرص تعزيز التعاون في مجال الدفع.|PARTNERSHIP",
            "Oryx Bank said it was in partnership talks with Qortex.|PARTNERSHIP",
            "Oryx Bank and Qortex discussed ways of collaboration at the meeting.|PARTNERSHIP",
            "Oryx Bank is exploring opportunities for collaboration with Qortex.|PARTNERSHIP",
            "Halvex Systems has entered contract negotiations with Norlen Aerospace.|CONTRACT",
            // a partner who is a person
            "Qortex hired John Smith, a former partner at Deloitte, as finance chief.|PARTNERSHIP",
            "Jane Roe, managing partner of Kelvo Ventures, said Oryx Bank would grow.|PARTNERSHIP",
            "Qortex said Jane Roe, a general partner at Kelvo Ventures, joined its board.|PARTNERSHIP",
            "قال سالم الحربي، الشريك المؤسس لشركة زيفر، إن بنك الرياض سيدعم الشركة.|PARTNERSHIP",
            // a pair's pact for a takeover, a pact signed by another
            "Oryx Bank and Qortex Ltd have signed an agreement under which Oryx Bank will buy Qortex Ltd.|PARTNERSHIP",
            "Oryx Bank and Qortex Ltd have been rivals since Fenwick Bank signed an agreement.|PARTNERSHIP",
            // a person appointed to do a job, supply agreements with no party
            "Jane Roe was appointed by Oryx Bank to lead its new unit.|CONTRACT",
            "Oryx Bank appointed Jane Roe to run its new unit.|CONTRACT",
            "Hexon Foods said its supply agreements would lift sales.|CONTRACT",
            // a deal's verb opening its sentence after one told of a person, or with its own definite doer
            "قال سالم الحربي إن السوق ينمو. ووقعت مذكرة تفاهم مع بنك الرياض.|PARTNERSHIP",
            "شركة زيفر هي شركة ناشئة سعودية. ووقعت الحكومة مذكرة تفاهم مع بنك الرياض.|PARTNERSHIP",
            // a launch or a takeover only studied
            "وقال رئيس شركة سحاب إن الشركة بصدد بدء دراسات إطلاق هاتف \"Nova X2\" في السوق.|PRODUCT_LAUNCH",
            "وقالت شركة سحاب إنها بدأت دراسات إطلاق هاتف \"Nova X2\" في السوق.|PRODUCT_LAUNCH",
            "وأعلنت شركة سحاب بدء دراسة الاستحواذ على شركة نماء للتقنية.|ACQUISITION",
            // a purchase order is no takeover
            "حصلت شركة الراية للمقاولات على أمر شراء من شركة أرامكو بقيمة 50 مليون ريال.|ACQUISITION",
            // "order" as a ruling or a purpose
            "Qortex received an executive order from the White House.|CONTRACT",
            "Oryx Bank raised prices in order to protect margins, Qortex said.|CONTRACT",
            "The judge ordered Qortex to pay Oryx Bank $5 million.|CONTRACT"})
    void noFactOfTheType(String text, String type) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.hasFactOfType(FactType.valueOf(type)), x.describeFacts());
    }
}
