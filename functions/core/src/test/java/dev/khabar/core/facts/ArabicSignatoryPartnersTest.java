package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * «ووقع المذكرة كل من رئيس A فلان ومدير B فلان», «ووقعها عن الجانب الأول فلان، رئيس A، فيما وقعها عن الجانب الآخر
 * فلان، مدير B», «كما وقع فلان مذكرة مع مدير C فلان»: the people who sign a pact sign for the organizations of their
 * titles, which are its partners. Texts written here.
 */
class ArabicSignatoryPartnersTest {
    private static boolean partners(Extracted x, String a, String b) {
        return x.hasFactByAlias(FactType.PARTNERSHIP, a, b) || x.hasFactByAlias(FactType.PARTNERSHIP, b, a);
    }

    @Test
    void eachOfTheSignersSignsForTheCompanyOfTheTitle() {
        Extracted x = Extracted.of("ووقع مذكرة التفاهم كل من رئيس شركة نوفاترون، سليم قدورة، ومدير عام بنك الندى، هشام "
                + "الرفاعي، كما وقع قدورة مذكرة تفاهم مع الرئيس التنفيذي لشركة زيلماكس، نادر حمدان.", "2025-01-01");
        assertTrue(partners(x, "نوفاترون", "بنك الندى"), x.describeFacts());
        assertTrue(partners(x, "نوفاترون", "زيلماكس"), x.describeFacts());
        assertFalse(partners(x, "بنك الندى", "زيلماكس"), x.describeFacts()); // the second memorandum is only Qaddoura's
    }

    @Test
    void signersOnEachSideAreTheParties() {
        Extracted x = Extracted.of("شملت الاتفاقية تطوير الخدمات المصرفية الرقمية، ووقعها عن الجانب الأردني سليم قدورة، "
                + "الرئيس التنفيذي لشركة نوفاترون، فيما وقعها عن الجانب الكويتي هشام الرفاعي، المدير العام لبنك الندى.",
                "2025-01-01");
        assertTrue(partners(x, "نوفاترون", "بنك الندى"), x.describeFacts());
    }

    @Test
    void peopleWatchingTheSigningSignForNobody() {
        Extracted x = Extracted.of("جرى توقيع الاتفاقية بحضور الرئيس التنفيذي لشركة نوفاترون، سليم قدورة، ومدير عام "
                + "بنك الندى، هشام الرفاعي.", "2025-01-01");
        assertFalse(partners(x, "نوفاترون", "بنك الندى"), x.describeFacts());
    }

    @Test
    void peopleAttendingTheSigningSignForNobody() {
        Extracted x = Extracted.of("وحضر مراسم توقيع الاتفاقية الرئيس التنفيذي لشركة نوفاترون، سليم قدورة، ومدير عام "
                + "بنك الندى، هشام الرفاعي.", "2025-01-01");
        assertFalse(partners(x, "نوفاترون", "بنك الندى"), x.describeFacts());
    }

    @Test
    void aTitleWithoutASigningMakesNoPartners() {
        Extracted x = Extracted.of("وناقش الرئيس التنفيذي لشركة نوفاترون، سليم قدورة، ومدير عام بنك الندى، هشام الرفاعي، "
                + "بنود الاتفاقية.", "2025-01-01");
        assertFalse(partners(x, "نوفاترون", "بنك الندى"), x.describeFacts());
    }

    @Test
    void whoSpeaksAfterTheSigningDidNotSign() {
        Extracted x = Extracted.of("ووقع الاتفاقية سليم قدورة، الرئيس التنفيذي لشركة نوفاترون، وقال نادر حمدان، الرئيس "
                + "التنفيذي لشركة زيلماكس، إن الاتفاقية مهمة.", "2025-01-01");
        assertFalse(partners(x, "نوفاترون", "زيلماكس"), x.describeFacts());
    }
}
