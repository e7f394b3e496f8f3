package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** «من أمثال A وB وC», «صناديق مثل A وB»: investors given as examples after a verb of raising. */
class ArabicLikesOfInvestorsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void theLikesOfAfterTheRound() {
        Extracted e = x("جمعت شركة تابي 200 مليون دولار في جولة تمويل جديدة من أمثال سيكويا ومبادلة وسوفت بنك.");
        e.requireFact(FactType.INVESTMENT, "Sequoia Capital", "Tabby");
        e.requireFact(FactType.INVESTMENT, "Mubadala Investment Company", "Tabby");
        e.requireFact(FactType.INVESTMENT, "SoftBank", "Tabby");
    }

    @Test
    void theLikesOfFarFromTheVerb() {
        Extracted e = x("أعلنت شركة تابي عن جمع 200 مليون دولار في جولة تمويل جديدة.\n\n"
                + "وجمعت الشركة التمويل من مستثمرين من أمثال سيكويا ومبادلة.");
        e.requireFact(FactType.INVESTMENT, "Sequoia Capital", "Tabby");
        e.requireFact(FactType.INVESTMENT, "Mubadala Investment Company", "Tabby");
    }

    @Test
    void moneyRaisedFromTheLikesOf() {
        Extracted e = x("حصلت شركة سويفل على تمويل جديد.\n\n"
                + "وجمعت الشركة التي تتخذ من القاهرة مقرا لها الأموال الجديدة من أمثال سيكويا وسوفت بنك.");
        e.requireFact(FactType.INVESTMENT, "Sequoia Capital", "Swvl");
        e.requireFact(FactType.INVESTMENT, "SoftBank", "Swvl");
    }

    @Test
    void fundsSuchAs() {
        Extracted e = x("جمعت شركة سويفل 42 مليون دولار من صناديق مثل سيكويا وسوفت بنك.");
        e.requireFact(FactType.INVESTMENT, "Sequoia Capital", "Swvl");
        e.requireFact(FactType.INVESTMENT, "SoftBank", "Swvl");
    }

    @Test
    void theLikesOfWithoutARaiseNamesNoInvestor() {
        Extracted e = x("قال محللون إن شركات من أمثال سيكويا ومبادلة تراقب السوق.");
        assertTrue(e.document().facts().isEmpty(), e.describeFacts());
    }
}
