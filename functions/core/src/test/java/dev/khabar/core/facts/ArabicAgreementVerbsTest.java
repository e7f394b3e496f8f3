package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * An agreement told by «اتفاق» or by the verbs «اتفق» / «تعاون» in the imperfect («تتعاون X مع Y») joins the two sides,
 * unless what they agreed on is a takeover of a company named. Texts written here.
 */
class ArabicAgreementVerbsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void theNounAgreementJoinsTheSigners() {
        x("وقعت شركة نستله اتفاقا مع شركة المراعي لتوزيع منتجاتها في الخليج.")
                .requireFact(FactType.PARTNERSHIP, "Nestlé", "Almarai");
    }

    @Test
    void theImperfectOfCooperatingJoinsTheSides() {
        x("وتتعاون شركة سابك مع شركة باسف في تطوير مواد عازلة جديدة.")
                .requireFact(FactType.PARTNERSHIP, "SABIC", "BASF");
        x("ويتعاون بنك الرياض مع شركة فيزا منذ سنوات.")
                .requireFact(FactType.PARTNERSHIP, "Riyad Bank", "فيزا");
    }

    @Test
    void agreeingWithAnotherOnAProjectJoinsThem() {
        x("واتفقت شركة تويوتا مع شركة هيونداي على تطوير سيارات كهربائية.")
                .requireFact(FactType.PARTNERSHIP, "Toyota", "Hyundai");
    }

    @Test
    void agreeingOnATakeoverIsTheTakeoverOnly() {
        Extracted e = x("واتفقت شركة تويوتا مع شركة هيونداي على الاستحواذ على شركة كيا.");
        e.requireFact(FactType.ACQUISITION, "Toyota", "Kia");
        assertTrue(e.fact(FactType.PARTNERSHIP, "Toyota", "Hyundai").isEmpty(), e.describeFacts());
    }
}
