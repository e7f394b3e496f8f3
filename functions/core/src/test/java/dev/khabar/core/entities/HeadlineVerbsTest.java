package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * A headline's unknown company opening it before a headline verb: "Velmora to acquire Tesk", "Velmora snaps up Tesk",
 * "Velmora taps X as CFO"; and a headline's passive without its auxiliary, "X named Velmora CFO". Texts written here.
 */
class HeadlineVerbsTest {
    @Test
    void aCompanyToDoSomething() {
        Extracted x = Extracted.of("Velmora to acquire Tesk for $300M\nThe deal needs approval.", "2025-03-03");
        x.requireFact(FactType.ACQUISITION, "Velmora", "Tesk");
        Extracted y = Extracted.of("Velmora to cut 250 jobs\nThe cuts fall in Ohio.", "2025-03-03");
        x.requireEntity("Velmora");
        y.requireFact(FactType.LAYOFF, "Velmora", null);
    }

    @Test
    void headlineVerbsInThePresent() {
        Extracted x = Extracted.of("Velmora snaps up Tesk in $300M deal\nThe deal needs approval.", "2025-03-03");
        x.requireFact(FactType.ACQUISITION, "Velmora", "Tesk");
        Extracted y = Extracted.of("Velmora taps Ruth Amsel as CFO\nShe starts in May.", "2025-03-03");
        y.requireFact(FactType.EMPLOYMENT_START, "Ruth Amsel", "Velmora");
    }

    @Test
    void aCommonWordBeforeToIsNoName() {
        Extracted x = Extracted.of("Analysts to watch the market closely this week.", "2025-03-03");
        assertFalse(x.entity("Analysts").isPresent(), x.names());
    }

    @Test
    void headlineVerbsMakeNoNameInBodyText() {
        Extracted x = Extracted.of("Velmora Corp opened a store.\n\nDiwali enters its last day as Velmora Corp extends its hours.",
                "2025-03-03");
        assertFalse(x.entity("Diwali").isPresent(), x.names());
        Extracted y = Extracted.of("Velmora Corp opened a store.\n\nMonsoon to cut sales by 4%, Velmora Corp said.", "2025-03-03");
        assertFalse(y.entity("Monsoon").isPresent(), y.names());
    }

    @Test
    void aHeadlinesPassiveWithTheCompanyBeforeThePost() {
        Extracted x = Extracted.of("Ruth Amsel named Velmora CFO\nShe starts in May.", "2025-03-03");
        x.requireFact(FactType.EMPLOYMENT_START, "Ruth Amsel", "Velmora");
        Extracted y = Extracted.of("Owen Platt named Ruth Amsel CFO of Velmora on Monday.", "2025-03-03");
        assertFalse(y.fact(FactType.EMPLOYMENT_START, "Owen Platt", "Velmora").isPresent(), y.describeFacts());
    }

    @Test
    void aPostThatDescribesANameOrAnAwardIsNoHire() {
        Extracted x = Extracted.of("Owen Platt named Velmora CEO of the year.", "2025-03-03");
        assertFalse(x.hasFactOfType(FactType.EMPLOYMENT_START), x.describeFacts());
        Extracted y = Extracted.of("Owen Platt named Velmora president Ruth Amsel in the lawsuit.", "2025-03-03");
        assertFalse(y.fact(FactType.EMPLOYMENT_START, "Owen Platt", "Velmora").isPresent(), y.describeFacts());
    }
}
