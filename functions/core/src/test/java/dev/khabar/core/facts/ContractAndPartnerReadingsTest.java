package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Contracts and partnerships near the forms that make none: a contract signed over years, a company's partner, a pair
 * of signers before a pact's noun; a contract with a maker, a builder or a public body's contractors held by them alone,
 * as an order is by the one it is placed with (no takeover);
 * a deal's verb whose doer the sentence before named; the accusative a one-word name is followed by. Texts written here.
 */
class ContractAndPartnerReadingsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PARTNERSHIP|Oryx Bank and Qortex Ltd have signed an agreement to launch a joint card.|Oryx Bank|Qortex Ltd",
            "PARTNERSHIP|Fenwick Bank and Arcadia Telecom have formed a joint venture to offer mobile loans.|Fenwick Bank|Arcadia Telecom",
            "PARTNERSHIP|Zentra Labs and Fenwick Bank announced a strategic partnership on Monday.|Zentra Labs|Fenwick Bank",
            "PARTNERSHIP|Oryx Bank and Qortex Ltd have also signed a memorandum of understanding.|Oryx Bank|Qortex Ltd",
            "PARTNERSHIP|وقعت شركة زيفر مذكرة تفاهم مع بنك الرياض لتعزيز التعاون في مجال الدفع.|زيفر|بنك الرياض",
            "PARTNERSHIP|Oryx Bank signed a partnership with Qortex to explore new markets.|Oryx Bank|Qortex",
            "PARTNERSHIP|Vantix is a partner of the World Economic Forum.|Vantix|World Economic Forum",
            "PARTNERSHIP|Qortex named Oryx Bank as its partner for the launch.|Qortex|Oryx Bank",
            "PARTNERSHIP|أصبحت شركة زيفر شريكا لبنك الرياض في المشروع.|زيفر|بنك الرياض",
            "CONTRACT|وقعت شركة زيفر عقدا مع بنك الرياض منذ عامين.|بنك الرياض|زيفر",
            "CONTRACT|عقدت وزارة الصحة صفقة مع شركة الراية للمقاولات بقيمة 20 مليون دولار.|شركة الراية للمقاولات|وزارة الصحة",
            "CONTRACT|وقعت شركة الراية للمقاولات عقدا مع وزارة الصحة لبناء مستشفى في جدة.|الراية للمقاولات|وزارة الصحة",
            "CONTRACT|Boeing has signed a contract with Skyward Air to supply 40 aircraft.|Boeing|Skyward Air",
            "CONTRACT|Verity Labs was selected by the Department of Energy to build a pilot plant.|Verity Labs|Department of Energy",
            "CONTRACT|Halberd Construction has been appointed by Network Rail to rebuild the station.|Halberd Construction|Network Rail",
            "CONTRACT|Network Rail appointed Halberd Construction to rebuild the station.|Halberd Construction|Network Rail",
            "CONTRACT|Hexon Foods has signed supply agreements with Tesco and Sainsbury's.|Hexon Foods|Sainsbury's",
            "CONTRACT|The Department of Transport has awarded contracts to Calder Dynamics and Brightline Engineering.|Brightline Engineering|Department of Transport",
            "CONTRACT|وقعت وزارة الصحة عقودا مع شركة الراية للمقاولات وشركة دلتا للمقاولات.|دلتا للمقاولات|وزارة الصحة",
            "CONTRACT|The Ministry of Defence signed contracts with Calder Dynamics and Brightline Engineering.|Brightline Engineering|Ministry of Defence",
            "CONTRACT|شركة زيفر هي شركة ناشئة سعودية. وفازت بعقد من وزارة الصحة.|زيفر|وزارة الصحة",
            "PARTNERSHIP|شركة زيفر هي شركة ناشئة سعودية. ووقعت مذكرة تفاهم مع بنك الرياض.|زيفر|بنك الرياض",
            "PARTNERSHIP|شركة زيفر هي شركة ناشئة سعودية. وأعلنت عن شراكة مع بنك الرياض.|زيفر|بنك الرياض"})
    void factOfThePair(String type, String text, String a, String b) {
        Extracted x = Extracted.of(text, "2025-01-01");
        FactType t = FactType.valueOf(type);
        assertTrue(x.hasFactByAlias(t, a, b) || t == FactType.PARTNERSHIP && x.hasFactByAlias(t, b, a), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Skyward Air has signed a contract with Boeing to buy 40 aircraft.|Boeing|Skyward Air",
            "وقعت شركة طيران الخليج عقدا مع شركة بوينغ لشراء 12 طائرة.|بوينغ|طيران الخليج",
            "وقعت شركة أرامكو السعودية عقدا بقيمة 3 مليارات دولار مع شركة سامسونج للهندسة لبناء مصفاة.|سامسونج للهندسة|أرامكو السعودية",
            "وقعت وزارة الصحة عقودا مع شركة الراية للمقاولات وشركة دلتا للمقاولات.|الراية للمقاولات|وزارة الصحة",
            "حصلت شركة الراية للمقاولات على أمر شراء من شركة أرامكو بقيمة 50 مليون ريال.|الراية للمقاولات|أرامكو",
            "تلقت شركة نسيم للتقنية أوامر شراء من شركة أرامكو.|نسيم للتقنية|أرامكو",
            "أصدرت شركة أرامكو أمر شراء لشركة الراية للمقاولات.|الراية للمقاولات|أرامكو",
            "Skyward Air placed an order with Airbus for 30 jets.|Airbus|Skyward Air",
            "Halvex Systems received a $20 million order from the US Navy.|Halvex Systems|US Navy",
            "Network Rail has ordered 40 trains from Alstom.|Alstom|Network Rail"})
    void theMakerOrBuilderHoldsItAlone(String text, String holder, String client) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.CONTRACT, holder, client), x.describeFacts());
        assertFalse(x.hasFactByAlias(FactType.CONTRACT, client, holder) || x.hasFactOfType(FactType.ACQUISITION), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت شركة زيفر عقدا مع بنك الرياض.|زيفر",
            "عقدت شركة زيفر اجتماعا مع بنك الرياض.|زيفر",
            "أبرمت شركة زيفر اتفاقا مع بنك الرياض.|زيفر"})
    void theAccusativeAfterAOneWordNameEndsIt(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.spelled(name).isPresent(), x.names());
    }
}
