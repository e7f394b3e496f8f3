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
 * Investors a company has ("whose investors include"), buyers of a passive takeover and of an Arabic «شراء X», the wire
 * of a dateline and the source of "according to" as non-parties, and asides between a contract and its "with". Texts
 * written here.
 */
class BackersAndBuyersTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void backingAPersonOrAPersonsPlanIsNoInvestment() {
        for (String text : new String[] {
                "Anna Berg, chairman of Halden Bank, said the board backed him.",
                "Anna Berg, chairman of Halden Bank, said the board backed her decision.",
                "Tom Reed, who founded Orbit Labs, said investors backed them from the start."}) {
            Extracted e = x(text);
            assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.INVESTMENT), e.describeFacts());
        }
        // a company named before its verb is still what was backed
        x("Halden Bank, which Orbit Capital backed in 2019, was sold on Monday.")
                .requireFact(FactType.INVESTMENT, "Orbit Capital", "Halden Bank");
    }

    @Test
    void aVerbWithAnUnnamedObjectOfItsOwnTakesNoNameBeforeIt() {
        for (String text : new String[] {
                "Anna Berg, chairman of Halden Bank, said the lender bought a building downtown.",
                "Orbit Capital, the fund's adviser, said it would invest more money next year."}) {
            Extracted e = x(text);
            assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.ACQUISITION
                    || f.type() == FactType.INVESTMENT), e.describeFacts());
        }
        // the company backed in the relative clause is no object of the verb that has its own
        Extracted stores = x("Kestrel Foods, which Orbit Capital backed, said it would acquire new stores.");
        stores.requireFact(FactType.INVESTMENT, "Orbit Capital", "Kestrel Foods");
        assertTrue(stores.document().facts().stream().noneMatch(f -> f.type() == FactType.ACQUISITION),
                stores.describeFacts());
        // a name after the verb is still its object
        x("Kestrel Foods said it would acquire a rival, Pinecrest Dairy, for $40 million.")
                .requireFact(FactType.ACQUISITION, "Kestrel Foods", "Pinecrest Dairy");
    }

    @Test
    void investorsACompanyHasInvestInIt() {
        Extracted a = x("The sale of Rivet Motors, whose investors include the buyout firms Harbor Fund and Lintel Capital, "
                + "closed last week.");
        a.requireFact(FactType.INVESTMENT, "Harbor Fund", "Rivet Motors");
        a.requireFact(FactType.INVESTMENT, "Lintel Capital", "Rivet Motors");
        x("Quillmate Health's backers include Northpeak Ventures and Harbor Fund.")
                .requireFact(FactType.INVESTMENT, "Northpeak Ventures", "Quillmate Health");
        x("Tallow Robotics, whose existing investors are Lintel Capital and Harbor Fund, is hiring.")
                .requireFact(FactType.INVESTMENT, "Harbor Fund", "Tallow Robotics");
    }

    @Test
    void aListGoesOnPastAFormerTitleHolder() {
        Extracted a = x("Tallow Robotics raised $2 million in a round led by Harbor Fund, and former Acme Corp chief Dana Whitfield.");
        a.requireFact(FactType.INVESTMENT, "Harbor Fund", "Tallow Robotics");
        a.requireFact(FactType.INVESTMENT, "Dana Whitfield", "Tallow Robotics");
    }

    @Test
    void aPassiveTakeoverNamesItsBuyerAfterBy() {
        x("The chipmaker, Rivet Motors, has agreed to be taken over by the Danish group Lintel Capital.")
                .requireFact(FactType.ACQUISITION, "Lintel Capital", "Rivet Motors");
        x("Quillmate Health was taken over by Harbor Fund in 2019.").requireFact(FactType.ACQUISITION, "Harbor Fund", "Quillmate Health");
        Extracted demonym = x("Tallow Robotics will be taken over by the Turkish conglomerate Lintel Capital.");
        demonym.requireFact(FactType.ACQUISITION, "Lintel Capital", "Tallow Robotics");
        assertTrue(demonym.entity("Turkish").isEmpty(), demonym.names());
    }

    @Test
    void aTakeoverOfXByYNamesItsBuyerLast() {
        Extracted a = x("Both firms face competition from Internet giants and from the $9 billion takeover of Rivet Motors by Amazon.");
        a.requireFact(FactType.ACQUISITION, "Amazon", "Rivet Motors");
        assertNull(a.fact(FactType.ACQUISITION, "Internet", "Rivet Motors").orElse(null), a.describeFacts());
        x("The purchase of Quillmate Health by Harbor Fund closed in June.")
                .requireFact(FactType.ACQUISITION, "Harbor Fund", "Quillmate Health");
        x("Analysts cheered the acquisition of Tallow Robotics by Lintel Capital.")
                .requireFact(FactType.ACQUISITION, "Lintel Capital", "Tallow Robotics");
    }

    @Test
    void thePairOfADualNounWasToldBeforeIt() {
        Extracted a = x("Rivet Motors and Harbor Fund signed a partnership agreement. The two companies said they would team up "
                + "on batteries as they face the $9 billion takeover of Tallow Robotics by Lintel Capital.");
        a.requireFact(FactType.ACQUISITION, "Lintel Capital", "Tallow Robotics");
        assertNull(a.fact(FactType.PARTNERSHIP, "Lintel Capital", "Tallow Robotics").orElse(null), a.describeFacts());
        assertNull(a.fact(FactType.PARTNERSHIP, "Tallow Robotics", "Lintel Capital").orElse(null), a.describeFacts());
        a.requireFact(FactType.PARTNERSHIP, "Rivet Motors", "Harbor Fund");
    }

    @Test
    void aListEndsAfterItsAndMember() {
        Extracted a = x("Quillmate Health raised $13 million from Harbor Fund, Lintel Capital and Northpeak Ventures, Reuters reports.");
        a.requireFact(FactType.INVESTMENT, "Northpeak Ventures", "Quillmate Health");
        assertNull(a.fact(FactType.INVESTMENT, "Reuters", "Quillmate Health").orElse(null), a.describeFacts());
        Extracted oxford = x("Tallow Robotics raised $5 million from Harbor Fund, Lintel Capital, and Northpeak Ventures.");
        oxford.requireFact(FactType.INVESTMENT, "Northpeak Ventures", "Tallow Robotics");
    }

    @Test
    void arabicBuyingNounHasItsObjectAfterIt() {
        x("أعلنت أمازون عن شراء شركة Rivet Motors مقابل مليار دولار.").requireFact(FactType.ACQUISITION, "Amazon", "Rivet Motors");
        x("قدمت أمازون عرضا لشراء Rivet Motors.").requireFact(FactType.ACQUISITION, "Amazon", "Rivet Motors");
        x("وأعلنت أمازون عن شرائها متاجر \"Rivet Motors\" مقابل مليار دولار.").requireFact(FactType.ACQUISITION, "Amazon", "Rivet Motors");
        Extracted shares = x("وستستحوذ أمازون على 10% من شركة Rivet Motors من خلال شرائها أسهما يملكها مستثمرون.");
        shares.requireFact(FactType.INVESTMENT, "Amazon", "Rivet Motors");
        assertTrue(shares.fact(FactType.ACQUISITION, "Amazon", "Rivet Motors").isEmpty(), shares.describeFacts());
        Extracted c = x("وقالت أمازون إن شراء Rivet Motors سيكتمل العام المقبل.");
        c.requireFact(FactType.ACQUISITION, "Amazon", "Rivet Motors");
        assertNull(c.fact(FactType.ACQUISITION, "Rivet Motors", "Amazon").orElse(null), c.describeFacts());
    }

    @Test
    void arabicDoerAfterAnHonorificAndBeforeAnAside() {
        x("ويستثمر الشيخ طحنون بن زايد، مستشار الأمن الوطني، 26% في شركة Rivet Motors.")
                .requireFact(FactType.INVESTMENT, "Tahnoon bin Zayed", "Rivet Motors");
        x("استحوذت شركة أمازون، عملاق التجارة الإلكترونية، على شركة Rivet Motors.")
                .requireFact(FactType.ACQUISITION, "Amazon", "Rivet Motors");
        x("واستثمرت مايكروسوفت، أكبر شركة برمجيات في العالم، مليار دولار في شركة Rivet Motors.")
                .requireFact(FactType.INVESTMENT, "Microsoft", "Rivet Motors");
    }

    @Test
    void aCreditInBracketsOpeningTheSentenceIsNoParty() {
        Extracted a = x("(MENAFN- Gulf Wire) Dubai's Rivet Motors has acquired a 60 per cent stake in Lintel Capital.");
        a.requireFact(FactType.ACQUISITION, "Rivet Motors", "Lintel Capital");
        assertNull(a.fact(FactType.ACQUISITION, "Gulf Wire", "Lintel Capital").orElse(null), a.describeFacts());
        x("(Harbor Post) Rivet Motors agreed to buy Lintel Capital on Monday.")
                .requireFact(FactType.ACQUISITION, "Rivet Motors", "Lintel Capital");
        x("(Kestrel News Service) Quillmate Health signed a partnership with Harbor Fund.")
                .requireFact(FactType.PARTNERSHIP, "Quillmate Health", "Harbor Fund");
    }

    @Test
    void theWireOfADatelineIsNoParty() {
        Extracted a = x("Mar 4 (Reuters) - Engine maker Rivet Motors said on Monday it has agreed to buy Lintel Capital.");
        a.requireFact(FactType.ACQUISITION, "Rivet Motors", "Lintel Capital");
        assertNull(a.fact(FactType.ACQUISITION, "Reuters", "Lintel Capital").orElse(null), a.describeFacts());
        Extracted b = x("Pune, Feb 2 (PTI): Harbor Fund on Tuesday signed a contract worth Rs 950 crore, including taxes, with the "
                + "Ministry of Defence.");
        Fact deal = b.requireFact(FactType.CONTRACT, "Harbor Fund", "Ministry of Defence");
        assertEquals(0, new BigDecimal("9500000000").compareTo(deal.amount().value()));
        assertEquals("INR", deal.amount().currency());
        assertTrue(b.entity("Rs").isEmpty(), b.names());
    }

    @Test
    void theSourceOfAReportIsNoRaiserAndAValuationNoSum() {
        Extracted a = x("According to Bloomberg, Quillmate Health is raising $40 million in a Series B round at a valuation of $400 million.");
        Fact round = a.requireFact(FactType.FUNDING_ROUND, "Quillmate Health", null);
        assertEquals(0, new BigDecimal("40000000").compareTo(round.amount().value()));
        assertNull(a.fact(FactType.FUNDING_ROUND, "Bloomberg", null).orElse(null), a.describeFacts());
        Extracted total = x("Tallow Robotics sells arms. The company has raised just under $100 million in equity to date.");
        assertTrue(total.document().facts().stream().noneMatch(f -> f.type() == FactType.FUNDING_ROUND), total.describeFacts());
        Extracted b = x("Why it matters: The small seed round is part of a wider trend in Lagos.");
        assertTrue(b.document().facts().isEmpty(), b.describeFacts());
    }
}
