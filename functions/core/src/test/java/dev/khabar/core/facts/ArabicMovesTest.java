package dev.khabar.core.facts;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Arabic appointments and departures: «سيحل محله X» (a successor starts), «الإطاحة بـ X» (X leaves). */
class ArabicMovesTest {
    @Test
    void aSuccessorInTheFuture() {
        Extracted x = Extracted.of("أعلنت شركة إنتل أن رئيسها التنفيذي سيتنحى. وسيحل محله جون مارتن، الذي يشغل منصب مدير إنتل منذ عام 2019.",
                "2025-01-01");
        x.requireFact(FactType.EMPLOYMENT_START, "John Martin", "Intel");
    }

    @Test
    void anOusterByTheBoard() {
        Extracted x = Extracted.of("وأطاح مجلس إدارة شركة أوبر بالرئيس التنفيذي ترافيس كالانيك.", "2025-01-01");
        x.requireFact(FactType.EMPLOYMENT_END, "Travis Kalanick", "Uber");
    }

    @Test
    void anOusterAsAVerbalNoun() {
        Extracted x = Extracted.of("وقررت شركة نوفيرا الإطاحة بمديرها التنفيذي أحمد سالم.", "2025-01-01");
        x.requireFact(FactType.EMPLOYMENT_END, "Ahmed Salem", "نوفيرا");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة إنتل أن رئيس مجلس إدارتها جون مارتن قرر التنحي. ويأتي رحيل مارتن بعد أسابيع من الإطاحة بالرئيس التنفيذي ديفيد براون.|David Braon|Intel|John Martin",
            "قالت شركة أوبر إن مديرها المالي مارك لويس استقال. وجاءت استقالة لويس بعد شهر من الإطاحة بالرئيس التنفيذي بيتر هانسن.|Peter Hansn|Uber|Mark Louis",
            "أعلنت سيسكو أن رئيسها ستيفن كول سيغادر. ويأتي رحيل كول بعد عام من إقالة المدير التنفيذي توماس براون.|Thomas Braon|Cisco|Steven Kol"})
    void anOusterAfterAnotherDepartureIsAtTheSameCompany(String text, String ousted, String company, String leaver) {
        Extracted x = Extracted.of(text, "2025-01-01");
        x.requireFact(FactType.EMPLOYMENT_END, ousted, company);
        org.junit.jupiter.api.Assertions.assertTrue(x.fact(FactType.EMPLOYMENT_END, ousted, leaver).isEmpty(), x.describeFacts());
    }
}
