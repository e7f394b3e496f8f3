package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** A sentence after a move telling when the post is taken up dates the move. Texts written here. */
class PostsTakenUpTest {
    @Test
    void theyTakeUpThePostsOfTheMovesToldBefore() {
        Extracted x = Extracted.of("Orvel Systems has named Dana Pike as chief executive officer, replacing CEO Tom Hale. "
                + "They will assume their roles on July 14, 2025, the company said.", "2025-06-01");
        assertEquals("2025-07-14", x.requireFact(FactType.EMPLOYMENT_START, "Dana Pike", "Orvel Systems").date().value(),
                x.describeFacts());
        assertEquals("2025-07-14", x.requireFact(FactType.EMPLOYMENT_END, "Tom Hale", "Orvel Systems").date().value(),
                x.describeFacts());
    }

    @Test
    void aPersonNamedTakesUpHisOwnPostOnly() {
        Extracted x = Extracted.of("Orvel Systems appointed Dana Pike as interim CEO, following the exit of Tom Hale last week. "
                + "Pike took up the post on 28 May.", "2025-06-01");
        assertEquals("2025-05-28", x.requireFact(FactType.EMPLOYMENT_START, "Dana Pike", "Orvel Systems").date().value(),
                x.describeFacts());
        assertEquals("2025-05", x.requireFact(FactType.EMPLOYMENT_END, "Tom Hale", "Orvel Systems").date().value(),
                x.describeFacts());
    }

    @Test
    void anArabicVerbAloneDatesTheOneStartTold() {
        Extracted x = Extracted.of("عينت شركة زيتكو المهندس سامي الخطيب رئيسا تنفيذيا لها. وسيتسلم مهامه اعتبارا من 15 يوليو المقبل.",
                "2025-06-01");
        assertEquals("2025-07-15", x.requireFact(FactType.EMPLOYMENT_START, "Sami Al-Khtib", "زيتكو").date().value(),
                x.describeFacts());
    }

    @Test
    void aPronounAfterTwoStartsDatesNeither() {
        Extracted x = Extracted.of("Orvel Systems appointed Dana Pike as CEO and Tom Hale as CFO. He will take up the post on 28 June.",
                "2025-06-01");
        assertEquals("2025-06-01", x.requireFact(FactType.EMPLOYMENT_START, "Dana Pike", "Orvel Systems").date().value(),
                x.describeFacts());
    }

    @Test
    void theOneReplacedLeavesTheDayTheNewcomerStarts() {
        Extracted x = Extracted.of("تم تعيين المهندس سامي الخطيب رئيسًا تنفيذيًا لشركة زيتكو اعتبارًا من 20 مايو 2025، خلفًا للمهندس رامي العلي.",
                "2025-06-01");
        assertEquals("2025-05-20", x.requireFact(FactType.EMPLOYMENT_END, "Rami Al-Ali", "زيتكو").date().value(), x.describeFacts());
    }

    @Test
    void aStartToldOnlyAsNewsLeavesTheDepartureAsNews() {
        Extracted x = Extracted.of("تم تعيين المهندس سامي الخطيب رئيسًا تنفيذيًا لشركة زيتكو خلفًا للمهندس رامي العلي.", "2025-06-01");
        assertEquals("2025-06-01", x.requireFact(FactType.EMPLOYMENT_END, "Rami Al-Ali", "زيتكو").date().value(), x.describeFacts());
    }

    @Test
    void aLaterDatedVerbIsReadAfterAnUndatedOne() {
        Extracted x = Extracted.of("Orvel Systems hired Dana Pike as CFO. Dana Pike will take the post after a handover, "
                + "and she will assume her duties on July 1, 2025.", "2025-06-01");
        assertEquals("2025-07-01", x.requireFact(FactType.EMPLOYMENT_START, "Dana Pike", "Orvel Systems").date().value(),
                x.describeFacts());
    }

    @Test
    void anotherSubjectOrAPostOfNoOneLeavesTheMoveUndated() {
        for (String later : new String[] {"Competitors took over the region on May 2, 2025.",
                "Traders took positions on the shares on May 2, 2025.",
                "Dana Pike will take the post of chair at Velta Labs on July 1, 2025."}) {
            Extracted x = Extracted.of("Orvel Systems named Dana Pike its chief executive. " + later, "2025-06-01");
            assertEquals("2025-06-01", x.requireFact(FactType.EMPLOYMENT_START, "Dana Pike", "Orvel Systems").date().value(),
                    x.describeFacts());
        }
        Extracted x = Extracted.of("عينت شركة زيتكو المهندس سامي الخطيب رئيسا تنفيذيا لها. ويتولى مجلس الإدارة مهام الرقابة اعتبارا من 15 يوليو المقبل.",
                "2025-06-01");
        assertEquals("2025-06-01", x.requireFact(FactType.EMPLOYMENT_START, "Sami Al-Khtib", "زيتكو").date().value(),
                x.describeFacts());
    }
}
