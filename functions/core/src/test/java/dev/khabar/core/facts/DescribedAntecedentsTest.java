package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "the startup", "the fintech" stand for the company the text described by that noun; "It will cut" for the company
 * the story is about. Texts written here.
 */
class DescribedAntecedentsTest {
    @Test
    void theStartupIsTheOneDescribedAsAStartup() {
        Extracted x = Extracted.of("Glenmore Capital invested in Pixley, a payments startup. The startup was founded by "
                + "Omar Haddad in 2020.", "2025-01-01");
        x.requireFact(FactType.FOUNDED, "Omar Haddad", "Pixley");
        assertTrue(x.fact(FactType.FOUNDED, "Omar Haddad", "Glenmore Capital").isEmpty(), x.describeFacts());
    }

    @Test
    void aSectorNounStandsForTheCompanyTooAndANounBeforeTheName() {
        Extracted x = Extracted.of("Ardent Bio was acquired by Pellam Pharma in 2021. The biotech was founded by Chris Wong.",
                "2025-01-01");
        x.requireFact(FactType.FOUNDED, "Chris Wong", "Ardent Bio");
        Extracted y = Extracted.of("Halsey Ventures backed the payments startup Pixley last year. The startup was founded "
                + "by Omar Haddad.", "2025-01-01");
        y.requireFact(FactType.FOUNDED, "Omar Haddad", "Pixley");
    }

    @Test
    void undescribedStartupStaysWithTheSentenceBefore() {
        Extracted x = Extracted.of("Norvale Robotics builds warehouse robots. The startup raised $25 million in a Series B "
                + "round led by Ashgrove Capital.", "2025-01-01");
        x.requireFact(FactType.FUNDING_ROUND, "Norvale Robotics", null);
    }

    @Test
    void aSubjectPronounLaysOffForTheCompanyBefore() {
        Extracted x = Extracted.of("Silvercrest Media announced a restructuring on Tuesday. It will lay off 150 employees.",
                "2025-01-01");
        x.requireFact(FactType.LAYOFF, "Silvercrest Media", null);
    }

    @Test
    void aNamedDoerBeatsThePronounsAntecedent() {
        Extracted x = Extracted.of("Silvercrest Media reported a loss. Harlow Group said it will lay off 150 employees.",
                "2025-01-01");
        x.requireFact(FactType.LAYOFF, "Harlow Group", null);
        assertTrue(x.fact(FactType.LAYOFF, "Silvercrest Media", null).isEmpty(), x.describeFacts());
    }
}
