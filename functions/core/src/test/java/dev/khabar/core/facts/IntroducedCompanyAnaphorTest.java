package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "the company" a sentence after a company was introduced with an indefinite description ("X, a startup that …"):
 * that company, even when the story leads with its investor; never an investor named after "from". Texts written here.
 */
class IntroducedCompanyAnaphorTest {
    private static void subjectOf(Extracted x, FactType type, String subject) {
        List<Fact> facts = x.document().facts().stream().filter(f -> f.type() == type).toList();
        assertTrue(!facts.isEmpty(), "no " + type + " among " + x.describeFacts());
        String id = x.requireEntity(subject).id();
        assertTrue(facts.stream().allMatch(f -> f.subject().equals(id)), x.describeFacts());
    }

    @Test
    void theCompanyIsTheOneJustIntroducedNotTheInvestorTheStoryLeadsWith() {
        subjectOf(Extracted.of("Birchwood Ventures has stopped funding the service. Birchwood was an early sponsor of Harbora, "
                + "a startup that insures renters in Lisbon. In 2019, the company raised a $9 million Series A round.",
                "2024-05-02"), FactType.FUNDING_ROUND, "Harbora");
    }

    @Test
    void anInvestorIntroducedAfterFromIsNotTheCompany() {
        subjectOf(Extracted.of("Nimbus Labs raised $20 million from Accel, a venture firm in Palo Alto. Months later, the "
                + "company laid off 40 workers.", "2024-05-02"), FactType.LAYOFF, "Nimbus Labs");
    }
}
