package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Contracts awarded in the passive and told over two sentences, rounds named by a plural or valued further on,
 * layoffs of an unstated number by several companies, a doer described by the company it backs, listed companies told
 * with their kind or country ("carmaker Daimler", "Italy's UniCredit"). Texts written here.
 */
class DealPartyListsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void thePassiveAwardsAgentIsTheClientWhereverItStands() {
        x("Lockheed Martin has been awarded a $2 billion contract by the U.S. Navy.")
                .requireFact(FactType.CONTRACT, "Lockheed Martin", "U.S. Navy");
        x("Fluor was awarded a five-year contract worth $40 million by Saudi Aramco to build pipelines.")
                .requireFact(FactType.CONTRACT, "Fluor", "Saudi Aramco");
        Extracted e = x("Boeing was awarded a new contract by the U.S. Air Force on Monday.");
        e.requireFact(FactType.CONTRACT, "Boeing", "U.S. Air Force");
        assertTrue(e.fact(FactType.CONTRACT, "U.S. Air Force", "Boeing").isEmpty(), e.describeFacts());
    }

    @Test
    void eachMemberOfAListMayCarryWhatKindOfCompanyItIs() {
        Extracted stakes = x("Halden Capital holds stakes in Swedish truckmaker Volvo, payments firm Stripe and Spain's Telefonica.");
        for (String held : java.util.List.of("Volvo", "Stripe", "Telefónica")) {
            stakes.requireFact(FactType.INVESTMENT, "Halden Capital", held);
        }
        Extracted bought = x("Kestrel Freight bought logistics operator Orbita Robotics and rival Nimbus Labs in 2021.");
        bought.requireFact(FactType.ACQUISITION, "Kestrel Freight", "Orbita Robotics");
        bought.requireFact(FactType.ACQUISITION, "Kestrel Freight", "Nimbus Labs");
        // the list opens with "such as" after a longer noun: its first member is still the object
        x("Halden Capital has invested in well known startups such as British chipmaker Graphcore.")
                .requireFact(FactType.INVESTMENT, "Halden Capital", "Graphcore");
        Extracted later = x("Kestrel Freight bought Orbita Robotics, and later hired Nimbus Labs to run it.");
        assertTrue(later.fact(FactType.ACQUISITION, "Kestrel Freight", "Nimbus Labs").isEmpty(), later.describeFacts());
    }

    @Test
    void aContractWonAndThenSaidToBeAwardedByABodyIsHeldFromThatBody() {
        Fact f = x("In March, Lockheed Martin won a $2 billion contract to run the supply chain. "
                + "That contract was awarded by the U.S. Navy.").requireFact(FactType.CONTRACT, "Lockheed Martin", "U.S. Navy");
        assertEquals(0, new BigDecimal("2000000000").compareTo(f.amount().value()));
        assertEquals("2024-03", f.date().value());
        x("Boeing secured a contract to maintain tankers. The contract was awarded by the U.S. Air Force.")
                .requireFact(FactType.CONTRACT, "Boeing", "U.S. Air Force");
    }

    @Test
    void aRoundNamedByAPluralNounTakesTheValueNamedLater() {
        Fact f = x("جمعت شركة Nimbus Labs للخدمات اللوجستية، تمويلات جديدة قبل نهاية العام بقيمة بلغت 20 مليون دولار.")
                .requireFact(FactType.FUNDING_ROUND, "Nimbus Labs", null);
        assertEquals(0, new BigDecimal("20000000").compareTo(f.amount().value()));
        Fact en = x("Nimbus Labs raised new funding from existing backers worth $20 million.")
                .requireFact(FactType.FUNDING_ROUND, "Nimbus Labs", null);
        assertEquals(0, new BigDecimal("20000000").compareTo(en.amount().value()));
    }

    @Test
    void layoffsOfAnUnstatedNumberByEachCompanyNamed() {
        Extracted ar = x("أعلنت كل من شركتي أوبر الأمريكية وسامسونج الكورية عن تسريح عدد من موظفيها.");
        assertNull(ar.requireFact(FactType.LAYOFF, "Uber", null).count());
        ar.requireFact(FactType.LAYOFF, "Samsung", null);
        Extracted en = x("Both Uber and Samsung are laying off dozens of engineers.");
        en.requireFact(FactType.LAYOFF, "Uber", null);
        en.requireFact(FactType.LAYOFF, "Samsung", null);
        x("سرحت أوبر عشرات من السائقين.").requireFact(FactType.LAYOFF, "Uber", null);
    }

    @Test
    void aCompanyBeforeABackersNameOnlyDescribesTheDoer() {
        x("Existing Nimbus Labs backer Jane Doe, a London-based investor, invested a further £25 million.")
                .requireFact(FactType.INVESTMENT, "Jane Doe", "Nimbus Labs");
        x("Twitter founder Jack Dorsey invested $5 million in Nimbus Labs.")
                .requireFact(FactType.INVESTMENT, "Jack Dorsey", "Nimbus Labs");
        Extracted said = x("Google CEO Sundar Pichai said Google will acquire Nimbus Labs.");
        said.requireFact(FactType.ACQUISITION, "Google", "Nimbus Labs");
        assertTrue(said.fact(FactType.ACQUISITION, "Sundar Pichai", "Nimbus Labs").isEmpty(), said.describeFacts());
    }
    @Test
    void aPublicBodyIsTheClientWhicheverWayTheSentenceRuns() {
        x("The Navy also gave a $15 million contract with Lockheed Martin to support its ships.")
                .requireFact(FactType.CONTRACT, "Lockheed Martin", "Navy");
        Extracted ar = x("وقعت وزارة الدفاع عقدا مع شركة لوكهيد مارتن بقيمة مليار دولار.");
        assertTrue(ar.document().facts().stream().anyMatch(f -> f.type() == FactType.CONTRACT
                && f.subject().equals(ar.requireEntity("Lockheed Martin").id())), ar.describeFacts());
        Extracted firms = x("Lockheed Martin signed a contract with Boeing.");
        firms.requireFact(FactType.CONTRACT, "Lockheed Martin", "Boeing");
    }

    @Test
    void theOneAwardedMayBeNamedAfterItsDescription() {
        x("The Navy announced a $20 million contract to a small business in Guam, Acme Builders LLC, to deliver services.")
                .requireFact(FactType.CONTRACT, "Acme Builders LLC", "Navy");
        x("Saudi Aramco announced a $5 million contract to a startup from Ohio, Nimbus Labs, on Monday.")
                .requireFact(FactType.CONTRACT, "Nimbus Labs", "Saudi Aramco");
    }

    @Test
    void aDetachedArabicPrepositionGovernsTheQuotedNameAfterIt() {
        Extracted ar = x("أعلنت شركة «سامسونج»، التابعة لـ «إنتل»، أنها ستسرح 500 موظف.");
        assertEquals(500, ar.requireFact(FactType.LAYOFF, "Samsung", null).count());
        assertTrue(ar.fact(FactType.LAYOFF, "Intel", null).isEmpty(), ar.describeFacts());
    }
    @Test
    void aTitledPersonOpeningTheSentenceWorksForTheStorysCompanyNotTheOneActedOn() {
        Extracted en = x("Nimbus Labs cut 40 jobs on Monday. Former CEO Jane Roe went on to accuse investor Sequoia Capital of greed.");
        en.requireFact(FactType.ROLE, "Jane Roe", "Nimbus Labs");
        assertTrue(en.fact(FactType.ROLE, "Jane Roe", "Sequoia Capital").isEmpty(), en.describeFacts());
        Extracted after = x("Nimbus Labs raised $5 million. Co-founder and CEO Jane Roe announced the news in a Facebook post.");
        after.requireFact(FactType.ROLE, "Jane Roe", "Nimbus Labs");
        assertTrue(after.fact(FactType.ROLE, "Jane Roe", "Facebook").isEmpty(), after.describeFacts());
    }
    @Test
    void everyAgentListedAfterAPassivesByActs() {
        Extracted en = x("Nimbus Labs, a logistics startup backed by Sequoia Capital, Accel and Index Ventures, grew fast.");
        for (String investor : new String[] {"Sequoia Capital", "Accel", "Index Ventures"}) {
            en.requireFact(FactType.INVESTMENT, investor, "Nimbus Labs");
        }
        Extracted acq = x("Nimbus Labs was acquired by Dell and Samsung in March.");
        acq.requireFact(FactType.ACQUISITION, "Dell", "Nimbus Labs");
        acq.requireFact(FactType.ACQUISITION, "Samsung", "Nimbus Labs");
    }

    @Test
    void theCompanyIsNeverTheOutletReportingOnIt() {
        Extracted en = x("Nimbus Labs is a delivery startup. TechCrunch reports the startup was valued at $500 million. "
                + "The company has laid off 30 people.");
        assertEquals(30, en.requireFact(FactType.LAYOFF, "Nimbus Labs", null).count());
        assertTrue(en.fact(FactType.LAYOFF, "TechCrunch", null).isEmpty(), en.describeFacts());
    }
}
