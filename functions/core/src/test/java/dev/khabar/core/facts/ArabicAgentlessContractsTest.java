package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** «قالت X إن العقود أبرمت مع Y»: the teller made the contracts with Y. Texts written here. */
class ArabicAgentlessContractsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void theCompanyTellingOfTheContractsHoldsThem() {
        x("وقالت شركة بوينغ إن العقود أبرمت مع شركة طيران الإمارات وثلاث شركات أخرى.")
                .requireFact(FactType.CONTRACT, "Boeing", "Emirates");
    }

    @Test
    void theCompanyItsAnaphorStandsForTellsToo() {
        x("باعت شركة إيرباص 100 طائرة هذا العام. وقالت الشركة إن الصفقة أبرمت مع شركة طيران الاتحاد.")
                .requireFact(FactType.CONTRACT, "Airbus", "Etihad Airways");
    }

    @Test
    void aPublicBodyTellingIsTheClient() {
        Extracted e = x("وقالت وزارة النقل إن العقد وقع مع شركة سيمنس لتوريد القطارات.");
        e.requireFact(FactType.CONTRACT, "Siemens", "وزارة النقل");
        assertTrue(e.fact(FactType.CONTRACT, "وزارة النقل", "Siemens").isEmpty(), e.describeFacts());
    }

    @Test
    void aContractSignedInThePassiveIsTheStatementsPublicBodys() {
        Extracted e = x("وأفاد بيان صادر عن هيئة الطيران المدني بأنه تم توقيع عقد لتطوير مطار أبها مع شركة الراشد للمقاولات بقيمة 90 مليون ريال.");
        e.requireFactByAlias(FactType.CONTRACT, "شركة الراشد للمقاولات", "هيئة الطيران المدني");
    }

    @Test
    void aCompanyTellingOfAPassiveSigningHoldsTheContract() {
        x("وقالت شركة بوينغ إنه جرى توقيع اتفاقية مع شركة طيران الإمارات لتوريد 20 طائرة.")
                .requireFact(FactType.CONTRACT, "Boeing", "Emirates");
    }

    @Test
    void aPassiveSigningWithNoOneTellingIsNoContractOfTheOtherParty() {
        Extracted e = x("وبحسب مصادر مطلعة، تم توقيع عقد مع شركة الراشد للمقاولات الأسبوع الماضي.");
        assertTrue(e.fact(FactType.CONTRACT, "شركة الراشد للمقاولات", null).isEmpty() && !e.hasFactOfType(FactType.CONTRACT), e.describeFacts());
    }

    @Test
    void aPassiveSigningInALaterParagraphHasTheClientToldBefore() {
        Extracted e = x("وقعت وزارة النقل عقدا مع شركة النخبة للمقاولات بمبلغ 5 ملايين ريال.\n\n"
                + "وفي منطقة المدينة المنورة، تم توقيع عقد مشروع سفلتة الطرق مع مؤسسة سالم ناصر البلادي للمقاولات بمبلغ 3 ملايين ريال.");
        e.requireFactByAlias(FactType.CONTRACT, "مؤسسة سالم ناصر البلادي للمقاولات", "وزارة النقل");
    }
}
