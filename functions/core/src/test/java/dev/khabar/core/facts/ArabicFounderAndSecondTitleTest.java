package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «فلان، مؤسس X ومديرها التنفيذي»: the title joined by و after the company is the founder's second post there. */
class ArabicFounderAndSecondTitleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال سامر حداد، مؤسس شركة زيفرا ومديرها التنفيذي، إن الطلب ارتفع.|سامر حداد|زيفرا",
            "وقالت ليلى منصور، مؤسسة بنك كوردا ورئيستها التنفيذية، إن الأرباح زادت.|ليلى منصور|بنك كوردا",
            "وأكد كريم داود، مؤسس شركة زيفرا ورئيس مجلس إدارتها، أن الخطة مستمرة.|كريم داود|زيفرا"})
    void theFounderHoldsTheSecondTitle(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.FOUNDED, person, org), x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.ROLE, person, org), x.describeFacts());
    }
}
