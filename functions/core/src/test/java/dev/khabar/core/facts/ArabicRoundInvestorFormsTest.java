package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A round's investors named the ways Arabic startup news names them: «بقيادة A ومشاركة كل من B وC» (the ب carried over to
 * the joined «مشاركة»), a quoted giver after «من» or after its cue («من شركة "X"»), an acronym spelled in quoted letter
 * names («"إس تي في"»). Texts written here.
 */
class ArabicRoundInvestorFormsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة رواج عن جولة تمويلية بقيمة 12 مليون دولار، بقيادة شركة نوفا، ومشاركة كل من \"زيفرا كابيتال\" و\"سديم\".|زيفرا كابيتال",
            "أعلنت شركة رواج عن جولة تمويلية بقيمة 12 مليون دولار، بقيادة شركة نوفا، ومشاركة كل من \"زيفرا كابيتال\" و\"سديم\".|سديم",
            "وحصلت \"رواج\" على تمويل بقيمة 3 ملايين دولار من \"نوفا فنتشرز\".|نوفا فنتشرز",
            "وكانت \"رواج\" قد حصلت على تمويل بقيمة 3 ملايين دولار من شركة \"نوفا فنتشرز\".|نوفا فنتشرز",
            "وحصلت شركة رواج على تمويل بقيمة 3 ملايين دولار من مستثمرين أبرزهم \"إس تي في\" و\"سديم\".|إس تي في",
            "واستثمرت \"بي إيه كيو\" في شركة رواج.|بي إيه كيو"})
    void theInvestorInvestsInTheRaiser(String text, String investor) {
        Extracted x = Extracted.of(text, "2025-03-10");
        assertTrue(x.hasFactByAlias(FactType.INVESTMENT, investor, "رواج"), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // «مشاركة» with no round led before it, a loan from a bank quoted: no investor
            "وأكد مدير شركة رواج أهمية مشاركة شركة نوفا في المعرض.|نوفا",
            "وحصلت شركة رواج على قرض بقيمة 3 ملايين دولار من \"بنك نوفا\".|بنك نوفا"})
    void noRoundNoInvestor(String text, String other) {
        Extracted x = Extracted.of(text, "2025-03-10");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.INVESTMENT), x.describeFacts());
    }
}
