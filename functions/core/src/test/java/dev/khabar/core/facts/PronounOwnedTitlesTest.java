package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "Its co-founder X", "Their CEO X" opening a sentence that names no company: the pronoun stands for the company the
 * sentence before is about, not for the story's first company. Texts written here.
 */
class PronounOwnedTitlesTest {
    private static final String OPENING = "Harlow Bank has hired Nina Ross as its new chief risk officer. ";

    @Test
    void itsCoFounderIsTheFounderOfThePreviousSentencesCompany() {
        Extracted en = Extracted.of(OPENING + "Kenyan logistics startup Trevo shut down last month after failing to raise "
                + "new funding. Its co-founder Amos Kiprop said the team would be let go.", "2025-05-05");
        en.requireFact(FactType.FOUNDED, "Amos Kiprop", "Trevo");
        assertTrue(en.fact(FactType.FOUNDED, "Amos Kiprop", "Harlow Bank").isEmpty(), en.describeFacts());
    }

    @Test
    void itsChiefExecutiveAfterAnAppositionOfTheCompany() {
        Extracted en = Extracted.of(OPENING + "Pellam, a Lisbon payments firm, raised $5 million in May. Its chief "
                + "executive Rui Matos said the money would fund hiring.", "2025-05-05");
        assertEquals("CEO", en.requireFact(FactType.ROLE, "Rui Matos", "Pellam").role());
        assertTrue(en.fact(FactType.ROLE, "Rui Matos", "Harlow Bank").isEmpty(), en.describeFacts());
    }

    @Test
    void theirFounderAfterACompanyThatActed() {
        Extracted en = Extracted.of(OPENING + "Dunmore Labs cut 40 jobs on Friday. Their founder Ella Byrne called the "
                + "decision painful.", "2025-05-05");
        en.requireFact(FactType.FOUNDED, "Ella Byrne", "Dunmore Labs");
    }

    @Test
    void withNoCompanyInTheSentenceBeforeItIsTheStorysCompany() {
        Extracted en = Extracted.of(OPENING + "Analysts in Nairobi expect more closures this year. Its co-founder Amos "
                + "Kiprop said the bank would grow.", "2025-05-05");
        en.requireFact(FactType.FOUNDED, "Amos Kiprop", "Harlow Bank");
    }
}
