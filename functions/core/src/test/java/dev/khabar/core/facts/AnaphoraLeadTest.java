package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "the company", «الشركة», «للشركة» after an investor, a partner or an outlet was named: the organization the story
 * leads with, not merely the last one named. Texts written here.
 */
class AnaphoraLeadTest {
    private static void subjectOf(Extracted x, FactType type, String subject) {
        List<Fact> facts = x.document().facts().stream().filter(f -> f.type() == type).toList();
        assertTrue(!facts.isEmpty(), "no " + type + " among " + x.describeFacts());
        String id = x.requireEntity(subject).id();
        assertTrue(facts.stream().allMatch(f -> f.subject().equals(id)), x.describeFacts());
    }

    @Test
    void anInvestorNamedLastIsNotTheCompanyThatLaysOff() {
        subjectOf(Extracted.of("Nimbus Labs raised $20 million in a round led by Sequoia Capital. Months later, the company "
                + "laid off 40 workers.", "2024-05-02"), FactType.LAYOFF, "Nimbus Labs");
        subjectOf(Extracted.of("Orbita Robotics raised $12 million from Accel and Index Ventures. In June the startup "
                + "cut 25 jobs.", "2024-05-02"), FactType.LAYOFF, "Orbita Robotics");
        subjectOf(Extracted.of("Kestrel Freight signed a partnership with Microsoft last year. This week the firm laid off "
                + "60 employees.", "2024-05-02"), FactType.LAYOFF, "Kestrel Freight");
    }

    @Test
    void aCompanyNamedInASideClauseDoesNotTakeTheAnaphor() {
        subjectOf(Extracted.of("Kestrel Freight is a company I have written about before. The startup sells tools to users "
                + "of Salesforce. The company laid off 30 people on Monday.", "2024-05-02"), FactType.LAYOFF, "Kestrel Freight");
    }

    @Test
    void anArabicAnaphorAfterAnInvestorOrAnOutletStandsForTheStorysCompany() {
        subjectOf(Extracted.of("جمعت شركة نيمبوس 20 مليون دولار في جولة قادتها سيكويا. وبعد أشهر قررت الشركة تسريح 40 موظفا.",
                "2024-05-02"), FactType.LAYOFF, "نيمبوس");
        subjectOf(Extracted.of("حصلت شركة أوربيتا على تمويل من صندوق الاستثمارات العامة وبنك الرياض. وفي يونيو سرحت الشركة 25 موظفا.",
                "2024-05-02"), FactType.LAYOFF, "أوربيتا");
        subjectOf(Extracted.of("وقعت شركة كيستريل اتفاقية شراكة مع مايكروسوفت. وذكرت رويترز أن الشركة سرحت 60 موظفا.",
                "2024-05-02"), FactType.LAYOFF, "كيستريل");
    }

    @Test
    void anArabicRoleOfTheCompanyIsHeldAtTheStorysCompany() {
        Extracted ar = Extracted.of("حصلت شركة أوربيتا على تمويل من صندوق الاستثمارات العامة. وقال أحمد سامي، الرئيس التنفيذي "
                + "للشركة، إن التمويل سيدعم التوسع.", "2024-05-02");
        Fact role = ar.document().facts().stream().filter(f -> f.type() == FactType.ROLE).findFirst()
                .orElseThrow(() -> new AssertionError(ar.describeFacts()));
        assertEquals(ar.requireEntity("أوربيتا").id(), role.object(), ar.describeFacts());
    }
}
