package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * One who joins a protest or a rally, or leaves a meeting or a stage, joins or leaves no employer, whichever company is
 * named after. Texts written here.
 */
class JoinedEventsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void joiningAnEventIsNoHire() {
        for (String text : new String[] {
                "Anna Berg joined the protest outside Halden Bank's office.",
                "Tom Reed joined a rally against Kestrel Foods in Leeds.",
                "Maria Lopez joined the chorus of critics of Orbit Capital on Monday."}) {
            Extracted e = x(text);
            assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.EMPLOYMENT_START),
                    e.describeFacts());
        }
    }

    @Test
    void leavingAnEventOrAStageIsNoDeparture() {
        for (String text : new String[] {
                "Tom Reed left the meeting with Halden Bank early.",
                "Maria Lopez stepped down from the stage at the Orbit Capital conference.",
                "Anna Berg walked out of the talks with Kestrel Foods on Friday."}) {
            Extracted e = x(text);
            assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.EMPLOYMENT_END),
                    e.describeFacts());
        }
        x("Tom Reed left Halden Bank in May.").requireFact(FactType.EMPLOYMENT_END, "Tom Reed", "Halden Bank");
        x("Maria Lopez stepped down from Orbit Capital's board.")
                .requireFact(FactType.EMPLOYMENT_END, "Maria Lopez", "Orbit Capital");
    }

    @Test
    void arabicJoiningOrLeavingAnEventIsNoMove() {
        for (String text : new String[] {
                "انضم أحمد سالم إلى الاحتجاجات أمام مقر بنك الخليج.",
                "وغادر خالد العتيبي الاجتماع مع شركة سابك مبكرا.",
                "وانضم أحمد سالم إلى المحادثات بين شركة سابك وبنك الخليج."}) {
            Extracted e = x(text);
            assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.EMPLOYMENT_START
                    || f.type() == FactType.EMPLOYMENT_END), e.describeFacts());
        }
        x("انضم أحمد سالم إلى بنك الخليج في مارس.").requireFact(FactType.EMPLOYMENT_START, "Ahmed Salem", "Gulf Bank");
        x("وغادر خالد العتيبي شركة سابك في مايو.").requireFact(FactType.EMPLOYMENT_END, "Khaled Al-Atibi", "SABIC");
    }

    @Test
    void joiningACompanyOrItsBoardIsStillAHire() {
        x("Anna Berg joined Halden Bank in March.").requireFact(FactType.EMPLOYMENT_START, "Anna Berg", "Halden Bank");
        x("Tom Reed joined the board of Kestrel Foods last year.")
                .requireFact(FactType.EMPLOYMENT_START, "Tom Reed", "Kestrel Foods");
    }
}
