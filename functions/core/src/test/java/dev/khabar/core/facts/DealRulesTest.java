package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Deal rules: stakes, contract parties, rounds and their investors, clause doers, pairs, dates. Texts written here. */
class DealRulesTest {
    private static Extracted x(String text, String published) {
        return Extracted.of(text, published);
    }

    @Test
    void minorityShareIsAnInvestmentMajorityAnAcquisition() {
        Extracted ar = x("وتعتزم شركة أمازون الاستحواذ على 20% من شركة Rivet Motors.", "2024-05-10");
        ar.requireFact(FactType.INVESTMENT, "Amazon", "Rivet Motors");
        assertTrue(ar.fact(FactType.ACQUISITION, "Amazon", "Rivet Motors").isEmpty(), ar.describeFacts());
        Extracted en = x("Oracle agreed to acquire a majority stake in Nimbus Labs for $2 billion.", "2024-05-10");
        en.requireFact(FactType.ACQUISITION, "Oracle", "Nimbus Labs");
        x("Oracle bought a third of Nimbus Labs last year.", "2024-05-10").requireFact(FactType.INVESTMENT, "Oracle", "Nimbus Labs");
    }

    @Test
    void saleOfAMajorityStakeIsNoInvestmentByTheApprover() {
        Extracted ar = x("ووافقت الهيئة العامة للرقابة المالية على بيع حصة أغلبية في شركة Kite Systems إلى أمازون.", "2024-05-10");
        assertTrue(ar.document().facts().stream().noneMatch(f -> f.type() == FactType.INVESTMENT), ar.describeFacts());
        Extracted en = x("The per-share price of $12 U.S. a share values the deal at $4 billion U.S., Oracle said as it agreed "
                + "to buy Nimbus Labs.", "2024-05-10");
        Fact f = en.requireFact(FactType.ACQUISITION, "Oracle", "Nimbus Labs");
        assertEquals(0, new BigDecimal("4000000000").compareTo(f.amount().value()), "a per-share price is no deal amount");
    }

    @Test
    void sellerOfSharesIsNotTheTarget() {
        Extracted ar = x("واتفقت أمازون على شراء 80% من الأسهم التي تملكها شركة Rivet Motors في شركة Kite Systems.", "2024-05-10");
        ar.requireFact(FactType.ACQUISITION, "Amazon", "Kite Systems");
        assertTrue(ar.fact(FactType.ACQUISITION, "Amazon", "Rivet Motors").isEmpty(), ar.describeFacts());
    }

    @Test
    void contractsListedAfterTheAwardingBody() {
        Extracted en = x("The Department of Defense awarded nine contracts on Friday. Lockheed Martin was awarded a $90 million "
                + "contract. Nimbus Labs won a $12.5 million contract to maintain the Falcon Radar System.", "2024-05-10");
        Fact lm = en.requireFact(FactType.CONTRACT, "Lockheed Martin", "US Department of Defense");
        assertEquals(0, new BigDecimal("90000000").compareTo(lm.amount().value()));
        en.requireFact(FactType.CONTRACT, "Nimbus Labs", "US Department of Defense");
        assertTrue(en.document().facts().stream().noneMatch(f -> f.type() == FactType.CONTRACT
                && en.document().entities().stream().anyMatch(e -> e.id().equals(f.object()) && e.name().contains("Falcon"))),
                en.describeFacts());
    }

    @Test
    void roundWithoutMoneyAndInvestorsAfterFrom() {
        Extracted en = x("Nimbus Labs has raised a sizeable round of financing from venture firm Sequoia Capital. "
                + "Nimbus Labs raised $4 million from Accel and Index Ventures in March.", "2024-05-10");
        en.requireFact(FactType.INVESTMENT, "Sequoia Capital", "Nimbus Labs");
        en.requireFact(FactType.INVESTMENT, "Accel", "Nimbus Labs");
        en.requireFact(FactType.INVESTMENT, "Index Ventures", "Nimbus Labs");
        long rounds = en.document().facts().stream().filter(f -> f.type() == FactType.FUNDING_ROUND).count();
        assertEquals(2, rounds, "two rounds at two times are two facts: " + en.describeFacts());
    }

    @Test
    void receivedInvestmentFromAList() {
        Extracted en = x("Nimbus Labs received investment from Sequoia Capital, Accel and Index Ventures.", "2024-05-10");
        en.requireFact(FactType.INVESTMENT, "Sequoia Capital", "Nimbus Labs");
        en.requireFact(FactType.INVESTMENT, "Index Ventures", "Nimbus Labs");
    }

    @Test
    void subordinateClauseHasItsOwnDoerAndTheCompanyPointsBack() {
        Extracted en = x("Shares of Nimbus Labs rose after Oracle agreed to buy the company for $3 billion.", "2024-05-10");
        en.requireFact(FactType.ACQUISITION, "Oracle", "Nimbus Labs");
        assertTrue(en.fact(FactType.ACQUISITION, "Nimbus Labs", "Oracle").isEmpty(), en.describeFacts());
    }

    @Test
    void reporterOfAnEmbeddedPronounClauseIsTheInvestor() {
        x("وقالت مايكروسوفت في بيان إنها ستستثمر 3 مليارات دولار في شركة Nimbus Labs.", "2024-05-10")
                .requireFact(FactType.INVESTMENT, "Microsoft", "Nimbus Labs");
    }

    @Test
    void pairNamedOnlyAsTheTwoFirmsAndQuotedPartnersDropped() {
        Extracted en = x("Oracle acquired Nimbus Labs for $1 billion. The deal came after the two firms started "
                + "collaborating in 2021.", "2024-05-10");
        assertEquals("2021", en.requireFact(FactType.PARTNERSHIP, "Oracle", "Nimbus Labs").date().value());
        Extracted quoted = x("Oracle agreed to acquire Nimbus Labs. The board wrote: \"Oracle is the ideal partner for "
                + "Nimbus Labs.\"", "2024-05-10");
        quoted.requireFact(FactType.ACQUISITION, "Oracle", "Nimbus Labs");
        assertTrue(quoted.fact(FactType.PARTNERSHIP, "Oracle", "Nimbus Labs").isEmpty(), quoted.describeFacts());
    }

    @Test
    void agreementNamesAPartnerOnlyAfterWith() {
        x("Oracle signed a memorandum of understanding with Nimbus Labs.", "2024-05-10")
                .requireFact(FactType.PARTNERSHIP, "Oracle", "Nimbus Labs");
        Extracted listed = x("Nimbus Labs, a Berlin software firm, grew fast. Nimbus Labs now has partnerships with Oracle, "
                + "Siemens and Accenture that let it sell abroad.", "2024-05-10");
        for (String partner : new String[] {"Oracle", "Siemens", "Accenture"}) {
            listed.requireFact(FactType.PARTNERSHIP, "Nimbus Labs", partner);
        }
        x("Kite Systems announced strategic partnerships with Microsoft and Siemens on Monday.", "2024-05-10")
                .requireFact(FactType.PARTNERSHIP, "Kite Systems", "Microsoft");
        Extracted bare = x("Oracle said partnerships matter more than ever for Nimbus Labs.", "2024-05-10");
        assertTrue(bare.fact(FactType.PARTNERSHIP, "Oracle", "Nimbus Labs").isEmpty(), bare.describeFacts());
    }

    @Test
    void targetYearIsNotTheDateAndYearEndDealsAreDecember() {
        Fact cut = x("Intel said it will cut 5,000 jobs by 2026.", "2025-03-01").requireFact(FactType.LAYOFF, "Intel", null);
        assertTrue(cut.date() == null || !cut.date().value().startsWith("2026"), String.valueOf(cut.date()));
        Fact deal = x("In a surprise end-of-the-year deal, Oracle acquired Nimbus Labs.", "2014-01-03")
                .requireFact(FactType.ACQUISITION, "Oracle", "Nimbus Labs");
        assertEquals("2013-12", deal.date().value());
    }

    @Test
    void acronymOfARecipientIsNotTheLayoffAgent() {
        Extracted ar = x("وبحسب وثائق قدمتها إنتل لهيئة الأوراق المالية (SEC)، تم تسريح 2000 موظف.", "2024-05-10");
        assertEquals(2000, ar.requireFact(FactType.LAYOFF, "Intel", null).count());
        assertTrue(ar.fact(FactType.LAYOFF, "SEC", null).isEmpty(), ar.describeFacts());
    }

    @Test
    void futureAndRolledOutLaunches() {
        Extracted future = x("وقالت سامسونج إنها ستطرح هاتف «جالكسي زد» في الأسواق الشهر المقبل.", "2024-05-10");
        assertTrue(future.document().facts().stream().noneMatch(f -> f.type() == FactType.PRODUCT_LAUNCH), future.describeFacts());
        x("وقالت سامسونج إنها طرحت هاتف «جالكسي زد» في الأسواق الشهر الماضي.", "2024-05-10")
                .requireFact(FactType.PRODUCT_LAUNCH, "Samsung", "جالكسي زد");
        x("Apple rolls out Vision Pro in China.", "2024-05-10").requireFact(FactType.PRODUCT_LAUNCH, "Apple", "Vision Pro");
    }
}
