package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An agreement signed with a company to carry out work («مذكرة تفاهم مع شركة X لتنفيذ مشروع») is a contract the
 * company holds with the signer; a public body that signs with a supplier is its client either way round.
 */
class ArabicWorkAgreementsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت شركة نوفابيت مذكرة تفاهم مع شركة زيفرا للمقاولات لتنفيذ مشروع سكني في جدة.|زيفرا للمقاولات|نوفابيت",
            "أبرمت وزارة الإسكان اتفاقية مع شركة زيفرا لبناء ألف وحدة سكنية.|زيفرا|وزارة الإسكان",
            "وقعت شركة سيمنس اتفاقا مع هيئة الطرق لتوريد إشارات المرور.|سيمنس|هيئة الطرق"})
    void theCompanyDoingTheWorkHoldsTheContract(String text, String holder, String client) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.CONTRACT, holder, client), x.describeFacts());
        assertFalse(x.hasFactByAlias(FactType.PARTNERSHIP, holder, client) || x.hasFactByAlias(FactType.PARTNERSHIP, client, holder),
                x.describeFacts());
    }

    /** The one signing a contract with a company orders the work; the company after «مع» holds it, whatever it does. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت شركة نوفابيت عقدا مع شركة لومار لتشغيل مراكز البيانات.|لومار|نوفابيت",
            "أعلنت شركة نوفابيت توقيع عقد مع شركة لومار بقيمة 8 ملايين دولار.|لومار|نوفابيت",
            "وقعت شركة نوفابيت عقودا مع شركة لومار وشركة تالين لإدارة فنادقها.|تالين|نوفابيت",
            "وقعت شركة لومار عقدا مع وزارة المالية لتحديث أنظمتها.|لومار|وزارة المالية",
            "فازت شركة لومار بعقد مع شركة نوفابيت لصيانة شبكتها.|لومار|نوفابيت",
            "وقعت شركة رافد للهندسة عقدا مع شركة نوفابيت لبناء مصنع في تبوك.|رافد للهندسة|نوفابيت"})
    void theCompanySignedWithHoldsTheContract(String text, String holder, String client) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.CONTRACT, holder, client), x.describeFacts());
        assertFalse(x.hasFactByAlias(FactType.CONTRACT, client, holder), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت شركة نوفابيت اتفاقية تعاون مع شركة زيفرا لتطوير حلول الدفع الرقمي.|نوفابيت|زيفرا"})
    void anAgreementForNoWorkStaysAPartnership(String text, String a, String b) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.PARTNERSHIP, a, b) || x.hasFactByAlias(FactType.PARTNERSHIP, b, a), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت هيئة الطرق مذكرة تفاهم مع شركة سيمنس لتنفيذ مشروع إشارات المرور. وقال مدير المشروع إن قيمة المذكرة تبلغ 40 مليون دولار.|40000000",
            "وقعت وزارة الإسكان اتفاقية مع شركة سيمنس لبناء محطة كهرباء. وأضاف أن قيمة الاتفاقية تصل إلى 12 مليون دولار.|12000000",
            "أبرمت هيئة الطرق اتفاقا مع شركة سيمنس لتوريد إشارات المرور. وتقدر قيمة الاتفاق بنحو 9 ملايين دولار.|9000000"})
    void theAgreementsValueToldLaterIsTheContracts(String text, long value) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.CONTRACT && f.amount() != null
                && f.amount().value().longValue() == value), x.describeFacts());
    }

    /** «عقدين», «عقودا» counting the years a tie has lasted make no contract with the company after «مع». */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وترتبط شركة نوفابيت بعلاقة تمتد عقدين مع شركة لومار.",
            "وترتبط شركة نوفابيت بشراكة امتدت عقودا مع شركة لومار.",
            "وتجمع شركة نوفابيت علاقة استمرت عقدين من التعاون مع شركة لومار.",
            "وتعتز شركة نوفابيت بصداقة دامت عقدا مع شركة لومار.",
            "وتفخر شركة نوفابيت بعلاقة يمتد عمرها عقدين مع شركة لومار."})
    void decadesOfATieAreNoContract(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.hasFactByAlias(FactType.CONTRACT, "لومار", "نوفابيت") || x.hasFactByAlias(FactType.CONTRACT, "نوفابيت", "لومار"),
                x.describeFacts());
    }

    /** Companies named as examples of those contracted with («مع شركات كبرى مثل A وB») each hold a contract. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "قالت شركة نوفابيت إنها تعاقدت مع خمس شركات عالمية من بينها سيمنس وهواوي لتنفيذ المشروع.|سيمنس|هواوي|نوفابيت",
            "وقعت شركة نوفابيت عقودا مع عدد من البنوك، أبرزها بنك لومار وبنك زيفرا.|بنك لومار|بنك زيفرا|نوفابيت",
            "تعاقدت وزارة الصحة مع شركات كبرى مثل لومار وزيفرا.|لومار|زيفرا|وزارة الصحة",
            "وستتعاقد وزارة الصحة مع مختبرات دولية منها سيمنس وهواوي.|سيمنس|هواوي|وزارة الصحة"})
    void examplesOfThoseContractedWithHoldContracts(String text, String first, String second, String client) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.CONTRACT, first, client), x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.CONTRACT, second, client), x.describeFacts());
    }

    /** Examples after an agreement signed for no work are no contract holders. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت شركة نوفابيت اتفاقيات تعاون مع شركات تقنية مثل سيمنس وهواوي لتبادل الخبرات.|سيمنس",
            "ووقعت وزارة الصحة مذكرات تفاهم مع جهات دولية منها سيمنس في مجال البحث.|سيمنس"})
    void examplesOfAPactHoldNoContract(String text, String company) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.document().facts().stream().anyMatch(f -> f.type() == FactType.CONTRACT), x.describeFacts());
    }

    /** Contracts lost with examples of companies: the loser held them, the examples are its clients. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتزامن ذلك مع خسارة شركة نوفابيت عقودا كبيرة مع شركات عالمية مثل سيمنس وهواوي.|نوفابيت|سيمنس",
            "وفقدت شركة نوفابيت عقودها مع شركات كبرى منها سيمنس.|نوفابيت|سيمنس"})
    void examplesOfContractsLostAreTheClients(String text, String loser, String client) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.hasFactByAlias(FactType.CONTRACT, client, loser), x.describeFacts());
    }
}
