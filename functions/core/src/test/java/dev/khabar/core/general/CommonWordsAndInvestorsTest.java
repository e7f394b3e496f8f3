package dev.khabar.core.general;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** Capitalized common words that are no organizations, and investors named in the many shapes of a round. */
class CommonWordsAndInvestorsTest {
    @Test
    void sentenceOpenersAndModifiersAreNoOrganizations() {
        Extracted x = Extracted.of("Former CEO Dana Pike left Quillon Labs in March. Three engineers followed her. "
                + "Fundraising was slow for Quillon Labs. Local lenders Hartwell Bank and Brisk Capital declined to comment.",
                "2025-01-01");
        for (String word : new String[] {"Former", "Three", "Fundraising", "Local", "Former CEO"}) {
            assertTrue(x.entity(word).isEmpty(), word + " in " + x.names());
        }
        x.requireTitle("Dana Pike", "Quillon Labs");
        x.requireEntity("Hartwell Bank");
        x.requireEntity("Brisk Capital");
    }

    @Test
    void aCommonWordOpeningASentenceIsStillANameWhenTheTextNamesItElsewhere() {
        Extracted x = Extracted.of("Harbor said it would expand. Analysts expect Harbor to hire staff.", "2025-01-01");
        x.requireEntity("Harbor");
    }

    @Test
    void investorsAfterInvestorNounsAndInSentencesOfTheirOwn() {
        Extracted x = Extracted.of("Tessel Robotics raised $12 million in a round led by Granite Peak Capital. "
                + "Backers such as Willow Ventures and Rowan Fund joined the round. "
                + "The round included new investors Alder Partners and Kestrel Capital. "
                + "Heron Ventures, an existing investor, also participated.", "2025-01-01");
        for (String investor : new String[] {"Granite Peak Capital", "Willow Ventures", "Rowan Fund", "Alder Partners",
                "Kestrel Capital", "Heron Ventures"}) {
            x.requireFact(FactType.INVESTMENT, investor, "Tessel Robotics");
        }
    }

    @Test
    void investorsWhoTookPartInTheRoundToldBefore() {
        Extracted x = Extracted.of("Tessel Robotics raised $12 million in a round led by Granite Peak Capital. "
                + "Existing investors Willow Ventures and Rowan Fund also took part, the company said. "
                + "Alder Partners is taking part in the round too.", "2025-01-01");
        for (String investor : new String[] {"Willow Ventures", "Rowan Fund", "Alder Partners"}) {
            x.requireFact(FactType.INVESTMENT, investor, "Tessel Robotics");
        }
    }

    @Test
    void takingPartInSomethingElseIsNoInvestment() {
        Extracted x = Extracted.of("Tessel Robotics raised $12 million in a round led by Granite Peak Capital. "
                + "Willow Ventures took part in talks about the future of the sector.", "2025-01-01");
        assertTrue(x.fact(FactType.INVESTMENT, "Willow Ventures", "Tessel Robotics").isEmpty(), x.describeFacts());
    }

    @Test
    void investorsWithAParticipleAfterTheLeadAreInvestorsToo() {
        Extracted x = Extracted.of("Tessel Robotics raised $12 million. The round was led by Granite Peak Capital, with "
                + "Willow Ventures and Rowan Fund participating.", "2025-01-01");
        for (String investor : new String[] {"Granite Peak Capital", "Willow Ventures", "Rowan Fund"}) {
            x.requireFact(FactType.INVESTMENT, investor, "Tessel Robotics");
        }
        Extracted one = Extracted.of("Quillon Labs raised $5 million in seed funding. Birch Fund led it, with Heron Ventures participating.",
                "2025-01-01");
        one.requireFact(FactType.INVESTMENT, "Heron Ventures", "Quillon Labs");
        Extracted three = Extracted.of("Brisk Health raised $30 million in Series B funding. Alder Partners led the "
                + "financing, with Kestrel Capital, Birch Fund and Maple Ventures also participating.", "2025-01-01");
        for (String investor : new String[] {"Kestrel Capital", "Birch Fund", "Maple Ventures"}) {
            three.requireFact(FactType.INVESTMENT, investor, "Brisk Health");
        }
    }

    @Test
    void listedFoundersFoundedTheCompanyNamedBeforeThem() {
        Extracted x = Extracted.of("Quillon Labs co-founders Dana Pike and Ross Hale bought a house in Austin.", "2025-01-01");
        x.requireFact(FactType.FOUNDED, "Dana Pike", "Quillon Labs");
        x.requireFact(FactType.FOUNDED, "Ross Hale", "Quillon Labs");
    }

    @Test
    void participationWithoutARoundToldBeforeIsNoInvestment() {
        Extracted x = Extracted.of("Willow Ventures and Rowan Fund participated in the conference in Dubai.", "2025-01-01");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.INVESTMENT), x.describeFacts());
    }

    @Test
    void arabicRoundWithItsSubjectAfterTheVerbAndAListJoinedOnDescriptors() {
        Extracted x = Extracted.of("جمعت شركة سنبل للتقنية تمويلا بقيمة 40 مليون دولار بقيادة شركة رايان كابيتال "
                + "وبمشاركة صندوق نخيل وشركة وادي فنتشرز.", "2025-01-01");
        x.requireFact(FactType.FUNDING_ROUND, "سنبل للتقنية", null);
        x.requireFact(FactType.INVESTMENT, "رايان كابيتال", "سنبل للتقنية");
        x.requireFact(FactType.INVESTMENT, "صندوق نخيل", "سنبل للتقنية");
        x.requireFact(FactType.INVESTMENT, "وادي فنتشرز", "سنبل للتقنية");
    }
}
