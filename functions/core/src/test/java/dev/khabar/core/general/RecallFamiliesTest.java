package dev.khabar.core.general;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** Investor lists with descriptors, quoted Arabic person names, street and facility names, former names. */
class RecallFamiliesTest {
    @Test
    void investorListsSkipTheCompanyOrPlaceThatDescribesEachInvestor() {
        Extracted x = Extracted.of("Tessel Robotics has raised $4 million from angel investors, including Quorra founders "
                + "Dana Pike and Ross Hale, Austin based Willow Ventures, and Nimbus CEO Karen Holt.", "2025-01-01");
        for (String investor : new String[] {"Dana Pike", "Ross Hale", "Willow Ventures", "Karen Holt"}) {
            x.requireFact(FactType.INVESTMENT, investor, "Tessel Robotics");
        }
        assertTrue(x.fact(FactType.INVESTMENT, "Quorra", "Tessel Robotics").isEmpty(), x.describeFacts());
        assertTrue(x.fact(FactType.INVESTMENT, "Nimbus", "Tessel Robotics").isEmpty(), x.describeFacts());
    }

    @Test
    void investorsAfterACountedInvestorNounAndItsComma() {
        Extracted x = Extracted.of("Brightwave Bio raised $20 million in a Series B round. "
                + "The round included three new investors, Alder Partners, Kestrel Capital and Maple Fund.", "2025-01-01");
        for (String investor : new String[] {"Alder Partners", "Kestrel Capital", "Maple Fund"}) {
            x.requireFact(FactType.INVESTMENT, investor, "Brightwave Bio");
        }
    }

    @Test
    void aNameCoordinatedWithAPersonIsAPerson() {
        Extracted x = Extracted.of("The startup was backed by Acme founders Evan Marsh and Biz Quarry.", "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity("Biz Quarry").type());
    }

    @Test
    void aTitleNearbyDoesNotMakeACompanyWithAnOrganizationEndingAPerson() {
        Extracted x = Extracted.of("Partner Dana Pike said Lerer Capital and Hollow Ventures will invest.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Hollow Ventures").type());
    }

    @Test
    void streetsArePlacesAndTerminalsAreFacilities() {
        Extracted x = Extracted.of("Quillon Labs moved from Market Street to an office near Union Terminal on Lexington Avenue.",
                "2025-01-01");
        assertEquals(EntityType.LOCATION, x.requireEntity("Market Street").type());
        assertEquals(EntityType.LOCATION, x.requireEntity("Lexington Avenue").type());
        assertEquals(EntityType.FACILITY, x.requireEntity("Union Terminal").type());
    }

    @Test
    void peninsulasRegionsAndCoastsAfterAWordOfPlaceArePlaces() {
        Extracted x = Extracted.of("Quillon Labs sells across the Caspian Peninsula, the Eastern Region and the Northern Coast.",
                "2025-01-01");
        assertEquals(EntityType.LOCATION, x.requireEntity("Caspian Peninsula").type());
        assertEquals(EntityType.LOCATION, x.requireEntity("Eastern Region").type());
        assertEquals(EntityType.LOCATION, x.requireEntity("Northern Coast").type());
        Extracted y = Extracted.of("Quillon Labs bought Teal Coast for $5 million.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, y.requireEntity("Teal Coast").type());
    }

    @Test
    void aProductNounBeforeCalledTypesTheName() {
        Extracted x = Extracted.of("Quillon Labs also built a photo app called Glimmer and a chatbot named Ferrous.", "2025-01-01");
        assertEquals(EntityType.PRODUCT, x.requireEntity("Glimmer").type());
        assertEquals(EntityType.PRODUCT, x.requireEntity("Ferrous").type());
    }

    @Test
    void aFormerNameIsASpellingOfTheCompany() {
        Extracted x = Extracted.of("Brightwave Bio, which used to be known as Lumora Health, raised $5 million. "
                + "Kestrel Dynamics, formerly known as Harlo Systems, hired staff.", "2025-01-01");
        assertTrue(x.requireEntity("Brightwave Bio").aliases().contains("Lumora Health"), x.names());
        assertTrue(x.requireEntity("Kestrel Dynamics").aliases().contains("Harlo Systems"), x.names());
    }

    @Test
    void aQuotedArabicNameOpenedByAGivenNameIsAPersonUnlessACompanyNounPrecedes() {
        Extracted x = Extracted.of("عينت شركة “نوفا” أمس “جيف ماركوس” في منصب مدير العمليات، وقال “كريم سالم” إن الخطوة مهمة. "
                + "واشترت شركة “سامي للتجارة” مصنعا جديدا.", "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity("Jeff Marcus").type());
        assertTrue(x.document().entities().stream().anyMatch(e -> e.type() == EntityType.PERSON
                && e.aliases().contains("كريم سالم")), x.names());
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.PERSON
                && e.aliases().stream().anyMatch(a -> a.contains("للتجارة"))), x.names());
    }

    @Test
    void aQuotedSurnameAloneIsThePersonNamedInFull() {
        Extracted x = Extracted.of("وقال “تيم كوك” إن الشركة تنمو. وأضاف “كوك”: “نحن سعداء بالنتائج”.", "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), x.names());
    }

    @Test
    void anArabicNameFollowedAtOnceByItsLatinSpellingIsOneEntity() {
        Extracted x = Extracted.of("قادت شركة سيدار فنتشرز Cedar Ventures الجولة، وقالت سيدار فنتشرز إنها متفائلة.", "2025-01-01");
        assertEquals(1, x.document().entities().stream().filter(e -> e.aliases().contains("Cedar Ventures")
                && e.aliases().contains("سيدار فنتشرز")).count(), x.names());
    }

    @Test
    void namesJoinedByAmpersandAreFirms() {
        Extracted x = Extracted.of("\"It was expected,\" said Dana Pike, a partner with search firm Martin & Shaw.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Martin & Shaw").type());
    }

    @Test
    void capitalizedCommonWordsOfAHeadingInsideTheTextAreNoNames() {
        Extracted x = Extracted.of("Quillon Labs is laying off 20 people.\n\nQuillon Will Retrench 20 Workers\n\n"
                + "The Company Decided Not To Rely on Fundraising\n\nThe company wants to grow.", "2025-01-01");
        for (String word : new String[] {"Retrench", "Rely", "Fundraising", "Decided"}) {
            assertTrue(x.entity(word).isEmpty(), word + " in " + x.names());
        }
    }

    @Test
    void anArabicRaiseWithAnAsideAfterItsSubjectAndItsLeadersInTheNextSentence() {
        Extracted x = Extracted.of("جمعت شركة سنبل للتقنية، المتخصصة في تطبيقات الدفع، تمويلا جديدا بقيمة 30 مليون دولار. "
                + "وجاءت الجولة بقيادة صندوق نخيل بمشاركة شركة وادي فنتشرز.", "2025-01-01");
        x.requireFact(FactType.FUNDING_ROUND, "سنبل للتقنية", null);
        assertTrue(x.document().facts().stream().filter(f -> f.type() == FactType.INVESTMENT).count() >= 2, x.describeFacts());
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.ACQUISITION), x.describeFacts());
    }

    @Test
    void anEnglishRoundLedByInvestorsInASentenceOfItsOwn() {
        Extracted x = Extracted.of("Brightwave Bio raised $20 million. The round was led by Alder Partners with participation "
                + "from Kestrel Capital and Maple Fund.", "2025-01-01");
        for (String investor : new String[] {"Alder Partners", "Kestrel Capital", "Maple Fund"}) {
            x.requireFact(FactType.INVESTMENT, investor, "Brightwave Bio");
        }
    }

    @Test
    void anArabicInvestmentNounThatARaiseVerbGovernsIsNoSecondDeal() {
        Extracted x = Extracted.of("جمعت شركة HMD العالمية، المالكة لعلامة نوكيا، استثمارات بقيمة 100 مليون دولار.", "2025-01-01");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.INVESTMENT), x.describeFacts());
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.FUNDING_ROUND), x.describeFacts());
    }

    @Test
    void theAdjectiveOfAWebsiteIsNoPartOfTheCompanyName() {
        Extracted x = Extracted.of("وكتب المدير في تدوينة على موقع نوفا الإلكتروني أن الشركة ستتوسع.", "2025-01-01");
        assertTrue(x.document().entities().stream().anyMatch(e -> e.aliases().contains("نوفا")), x.names());
        assertTrue(x.document().entities().stream().noneMatch(e -> e.aliases().stream().anyMatch(a -> a.contains("الإلكتروني"))),
                x.names());
    }

    @Test
    void aPartnerAtAFirmHoldsThatRoleWhileACompanyCalledPartnerStaysACompany() {
        Extracted x = Extracted.of("\"We like it,\" said Dana Pike, partner at Alder Growth. "
                + "Quillon Labs signed a deal with its partner Blue Harbor Robotics.", "2025-01-01");
        x.requireFact(FactType.ROLE, "Dana Pike", "Alder Growth");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Blue Harbor Robotics").type());
    }
}
