package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * English common words capitalized where a clause opens (after a colon, in a headline that asks) or in a title's
 * brackets, which name nothing; the company in the same text is still found.
 */
class ClauseOpenersTest {
    private static void onlyOrganization(String text, String organization) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(organization).isPresent(), x.names());
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION
                && !e.name().equals(organization)), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Weekly roundup: Latest deals in the startup world. Brenwick raised $5 million.|Brenwick",
            "The verdict: Growth slowed in the spring, Velmora said.|Velmora",
            "One lesson: Patience pays, said the founder of Corvik.|Corvik"})
    void aCommonWordAfterAColonIsNoName(String text, String organization) {
        onlyOrganization(text, organization);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Scoop: One Deep Layoff or Death By a Thousand Cuts?|Brenwick cut 40 jobs on Monday.|Brenwick",
            "Is This The End Of Cheap Money For Startups?|Velmora raised less than it hoped.|Velmora",
            "What Happens When Growth Stalls In The Spring?|Corvik laid off a fifth of its staff.|Corvik"})
    void aHeadlineThatAsksNamesOnlyWhatTheStoryRepeats(String headline, String story, String organization) {
        onlyOrganization(headline + "\n" + story, organization);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The contract was signed by Joint Secretary (Land Systems) Mira Kapoor on Monday.|Land Systems",
            "Executive Director (Marketing) Arun Mehta said the firm would deliver in May.|Marketing",
            "Chief Engineer (Projects) Sunil Rao joined the company last year.|Projects"})
    void bracketsAfterATitleNameItsDepartment(String text, String department) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.name().contains(department)
                || e.name().equals("Joint")), x.names());
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrova, a company that makes cutting tools, will close its plant.|Kestrova",
            "Aldomar, a biotechnology firm based in Durham, raised money.|Aldomar",
            "Velgrin, the world's fourth-largest vehicle maker, said sales fell.|Velgrin",
            "Lumio introduced its first electric truck, the Volta T1, at the show.|Lumio",
            "Qorvane on Monday launched Qorvane Business, a service for small firms.|Qorvane",
            "Tessaly also rolled out a fraud tool for banks.|Tessaly"})
    void aLoneOpenerDescribedAsACompanyOrActingIsOne(String text, String organization) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(organization).map(e -> e.type() == EntityType.ORGANIZATION).orElse(false), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Monday also brought news of layoffs.",
            "Sources on Monday said the firm would cut jobs.",
            "Yesterday, a company in Ohio said it would close.",
            "Meanwhile, the firm said profits fell.",
            "Overall, a startup needs cash to grow."})
    void aCommonOpenerBeforeADescriptionStaysNoName(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), x.names());
    }
}
