package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** One or two statements per fact type, in each language, written for these tests. */
class FactTypesTest {
    private static final String PUBLISHED = "2024-05-10";

    private static Extracted x(String text) {
        return Extracted.of(text, PUBLISHED);
    }

    @Test
    void investmentArabicWithAmountAndRelativeDate() {
        Fact f = x("ضخت مايكروسوفت 2 مليار دولار في شركة Nimbus Labs في مارس الماضي.")
                .requireFact(FactType.INVESTMENT, "Microsoft", "Nimbus Labs");
        assertEquals(0, new BigDecimal("2000000000").compareTo(f.amount().value()));
        assertEquals("USD", f.amount().currency());
        assertEquals("2024-03", f.date().value());
    }

    @Test
    void investmentEnglish() {
        Fact f = x("Amazon invested $4bn in Anthropic last September.").requireFact(FactType.INVESTMENT, "Amazon", "Anthropic");
        assertEquals("2023-09", f.date().value());
    }

    @Test
    void acquisitionArabicListAndEnglishPassive() {
        Extracted ar = x("واستحوذت جوجل على شركات ناشئة مثل Orbit Data و Kite Systems خلال العام الجاري.");
        ar.requireFact(FactType.ACQUISITION, "Google", "Orbit Data");
        ar.requireFact(FactType.ACQUISITION, "Google", "Kite Systems");
        Fact en = x("British chip designer Graphcore is to be acquired by SoftBank for about $600 million.")
                .requireFact(FactType.ACQUISITION, "SoftBank", "Graphcore");
        assertEquals("2024-05-10", en.date().value(), "a deal reported without a date is dated to the publication day");
    }

    @Test
    void failedAcquisitionAttempt() {
        Fact f = x("وحاولت أمازون الاستحواذ على شركة Rivet Motors لكن المحاولة فشلت.")
                .requireFact(FactType.ACQUISITION, "Amazon", "Rivet Motors");
        assertEquals("failed", f.status());
    }

    @Test
    void partnershipBothLanguages() {
        x("وقعت إنفيديا اتفاقية شراكة مع شركة أرامكو السعودية لتطوير مراكز البيانات.")
                .requireFact(FactType.PARTNERSHIP, "Nvidia", "Saudi Aramco");
        x("Apple is partnering with OpenAI to bring ChatGPT to Siri.").requireFact(FactType.PARTNERSHIP, "Apple", "OpenAI");
    }

    @Test
    void contractsWonAndLost() {
        Fact won = x("فازت شركة هواوي بعقد قيمته 300 مليون درهم مع شركة Gulf Telecom.")
                .requireFact(FactType.CONTRACT, "Huawei", "Gulf Telecom");
        assertEquals("AED", won.amount().currency());
        assertNull(won.status());
        Fact lost = x("Oracle lost a $2 billion cloud contract with the Pentagon.")
                .requireFact(FactType.CONTRACT, "Oracle", "US Department of Defense");
        assertEquals("ended", lost.status());
        x("The Pentagon awarded Palantir a $480 million contract.").requireFact(FactType.CONTRACT, "Palantir", "US Department of Defense");
    }

    @Test
    void employmentStartAndEndWithRoles() {
        Extracted en = x("Sarah Lin, the former CFO of Stripe, joined OpenAI as chief operating officer in March.");
        Fact start = en.requireFact(FactType.EMPLOYMENT_START, "Sarah Lin", "OpenAI");
        assertEquals("COO", start.role());
        assertEquals("2024-03", start.date().value());
        en.requireFact(FactType.ROLE, "Sarah Lin", "Stripe");
        Extracted ar = x("وغادر الباحث يوسف الحربي شركة أبل بعد ثلاث سنوات.");
        Fact end = ar.document().facts().stream().filter(f -> f.type() == FactType.EMPLOYMENT_END).findFirst()
                .orElseThrow(() -> new AssertionError(ar.describeFacts()));
        assertEquals(ar.requireEntity("Apple").id(), end.object());
        assertEquals("researcher", end.role());
    }

    @Test
    void rolesFromAppositionsAndPossessives() {
        x("وقال ساتيا ناديلا، الرئيس التنفيذي لمايكروسوفت، إن النتائج قوية.")
                .requireFact(FactType.ROLE, "Satya Nadella", "Microsoft");
        Fact r = x("Mark Chen, OpenAI's chief research officer, spoke on Monday.")
                .requireFact(FactType.ROLE, "Mark Chen", "OpenAI");
        assertEquals("chief research officer", r.role());
        assertEquals("CEO", x("Nvidia's CEO Jensen Huang spoke.").requireFact(FactType.ROLE, "Jensen Huang", "Nvidia").role());
    }

    @Test
    void founderTitleGivesFounded() {
        Extracted ar = x("وقال جاك ما، مؤسس شركة علي بابا، إن التجارة تتغير.");
        ar.requireFact(FactType.FOUNDED, "Jack Ma", "Alibaba");
        x("Acme Robotics was founded by Priya Raman in 2015.").requireFact(FactType.FOUNDED, "Priya Raman", "Acme Robotics");
    }

    @Test
    void layoffsPerCompanyInAList() {
        Extracted ar = x("في مارس، خفضت إنتل 15 ألف وظيفة، تليها سيسكو بتسريح 4 آلاف موظف.");
        assertEquals(15000, ar.requireFact(FactType.LAYOFF, "Intel", null).count());
        assertEquals(4000, ar.requireFact(FactType.LAYOFF, "Cisco", null).count());
        assertEquals("2024-03", ar.requireFact(FactType.LAYOFF, "Cisco", null).date().value());
        assertEquals(1200, x("Spotify laid off 1,200 employees in December.").requireFact(FactType.LAYOFF, "Spotify", null).count());
    }

    @Test
    void productLaunch() {
        x("وأطلقت سامسونج هاتفها الجديد “Galaxy Z” في يوليو الماضي.").requireFact(FactType.PRODUCT_LAUNCH, "Samsung", "Galaxy Z");
        x("Google launched Gemini in December.").requireFact(FactType.PRODUCT_LAUNCH, "Google", "Gemini");
    }

    @Test
    void locatedInOnlyFromStatedPlaces() {
        Extracted en = x("Berlin-based Helsing raised money. American firm Anduril also grew.");
        en.requireFact(FactType.LOCATED_IN, "Helsing", "Berlin");
        assertTrue(en.document().facts().stream().noneMatch(f -> f.type() == FactType.LOCATED_IN
                && f.subject().equals(en.entity("Anduril").map(e -> e.id()).orElse("-"))));
        x("وتبني الشركة مجمع “Stargate” في ولاية تكساس.").requireFact(FactType.LOCATED_IN, "Stargate", "Texas");
    }

    @Test
    void fundingRoundWithLeadInvestor() {
        Extracted en = x("Mistral AI raised €600 million in a funding round led by General Catalyst.");
        Fact round = en.requireFact(FactType.FUNDING_ROUND, "Mistral AI", null);
        assertEquals("EUR", round.amount().currency());
        en.requireFact(FactType.INVESTMENT, "General Catalyst", "Mistral AI");
    }

    @Test
    void noFactWithoutTypedArguments() {
        Extracted x = x("وأشار التقرير إلى أن الاستثمار في الذكاء الاصطناعي يتزايد، وأن الشركات تسرح الموظفين.");
        assertTrue(x.document().facts().isEmpty(), x.describeFacts());
    }
}
