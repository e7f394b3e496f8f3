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
 * Rounds named by their noun ("a Series B", "its seed round"), by a possessor ("X's Series C"), by a sum its leaders
 * are said to lead ("$4m, led by Y"), and told by a reporter anaphor ("the startup says that it closed …"). Texts
 * written here.
 */
class RoundNounsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    private static void amount(Fact f, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(f.amount().value()), f.toString());
    }

    @Test
    void aSeriesNounIsARoundAndItsLeadersInvest() {
        Extracted a = x("Quillmate said it closed a $22 million Series B led by Northpeak Ventures.");
        amount(a.requireFact(FactType.FUNDING_ROUND, "Quillmate", null), "22000000");
        a.requireFact(FactType.INVESTMENT, "Northpeak Ventures", "Quillmate");
        Extracted b = x("Tallow Robotics landed an $8 million seed round from Harbor Fund and Lintel Capital.");
        amount(b.requireFact(FactType.FUNDING_ROUND, "Tallow Robotics", null), "8000000");
        b.requireFact(FactType.INVESTMENT, "Lintel Capital", "Tallow Robotics");
        x("Brightfold Health announced a $40 million Series C on Tuesday.")
                .requireFact(FactType.FUNDING_ROUND, "Brightfold Health", null);
    }

    @Test
    void aSumInFundingOrBackingIsARound() {
        Extracted a = x("Quillmate Labs launched in 2019 with $12 million in backing from three venture firms.");
        amount(a.requireFact(FactType.FUNDING_ROUND, "Quillmate Labs", null), "12000000");
        Extracted b = x("Tallow Robotics has landed $8 million in funding from Harbor Fund.");
        amount(b.requireFact(FactType.FUNDING_ROUND, "Tallow Robotics", null), "8000000");
        b.requireFact(FactType.INVESTMENT, "Harbor Fund", "Tallow Robotics");
        x("Brightfold Health closed $40 million in financing on Tuesday.")
                .requireFact(FactType.FUNDING_ROUND, "Brightfold Health", null);
    }

    @Test
    void aPossessorOwnsTheRound() {
        Extracted a = x("One of the quarter's deals was Northpeak Ventures' bet on Quillmate's Series A round.");
        a.requireFact(FactType.FUNDING_ROUND, "Quillmate", null);
        Extracted b = x("Since its seed round, a $3 million investment announced in March 2022, Tallow Robotics has tripled its staff.");
        Fact seed = b.requireFact(FactType.FUNDING_ROUND, "Tallow Robotics", null);
        amount(seed, "3000000");
        assertEquals("2022-03", seed.date().value());
        Extracted c = x("Harbor Fund invested in Brightfold Health's $12 million Series B.");
        c.requireFact(FactType.FUNDING_ROUND, "Brightfold Health", null);
    }

    @Test
    void aSumItsLeadersLeadIsARound() {
        Extracted a = x("Among this week's deals, Quillmate took home $15 million, led by Northpeak Ventures with participation "
                + "from Harbor Fund.");
        amount(a.requireFact(FactType.FUNDING_ROUND, "Quillmate", null), "15000000");
        a.requireFact(FactType.INVESTMENT, "Northpeak Ventures", "Quillmate");
        a.requireFact(FactType.INVESTMENT, "Harbor Fund", "Quillmate");
        x("Tallow Robotics pulled in $6 million led by Lintel Capital.").requireFact(FactType.INVESTMENT, "Lintel Capital", "Tallow Robotics");
        Extracted none = x("The consortium, led by Harbor Fund, paid $2 billion for the terminal.");
        assertTrue(none.document().facts().stream().noneMatch(f -> f.type() == FactType.FUNDING_ROUND), none.describeFacts());
    }

    @Test
    void theReporterAnaphorIsTheRaiserNotTheOneTold() {
        Extracted a = x("Quillmate Health makes scheduling software for clinics. The young startup told Reuters that it closed a "
                + "$9 million Series A led by Harbor Fund.");
        a.requireFact(FactType.FUNDING_ROUND, "Quillmate Health", null);
        a.requireFact(FactType.INVESTMENT, "Harbor Fund", "Quillmate Health");
        assertNull(a.fact(FactType.FUNDING_ROUND, "Reuters", null).orElse(null), a.describeFacts());
        Extracted b = x("Tallow Robotics builds warehouse arms. The company tells Bloomberg that it has raised $30 million.");
        b.requireFact(FactType.FUNDING_ROUND, "Tallow Robotics", null);
    }
}
