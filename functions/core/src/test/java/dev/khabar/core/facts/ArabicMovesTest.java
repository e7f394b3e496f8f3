package dev.khabar.core.facts;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

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
        Extracted x = Extracted.of("وقررت شركة زيلو الإطاحة بمديرها التنفيذي أحمد سالم.", "2025-01-01");
        x.requireFact(FactType.EMPLOYMENT_END, "Ahmed Salm", "زيلو");
    }
}
