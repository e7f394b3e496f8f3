package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * Launch idioms («أزاحت الستار عن», «كشفت النقاب عن»), what a launch verb puts out past its modifiers, a relative on
 * "the company", investors linked to their noun, a platform described by its trade, and Arabic relatives on a common
 * noun. Texts written here.
 */
class LaunchesAndLinksTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void arabicCurtainIdiomsLaunch() {
        x("أزاحت سامسونج الستار عن هاتفها الجديد «جالكسي زد».").requireFact(FactType.PRODUCT_LAUNCH, "Samsung", "جالكسي زد");
        x("وكشفت أبل النقاب عن هاتف «آيفون 16» الجديد.").requireFact(FactType.PRODUCT_LAUNCH, "Apple", "iPhone 16");
        x("وأزاحت جوجل اليوم الستار عن تطبيق «نوفا» للترجمة.").requireFact(FactType.PRODUCT_LAUNCH, "Google", "نوفا");
    }

    @Test
    void arabicVeilIdiomLaunches() {
        x("أماطت سامسونج اللثام عن هاتفها الجديد «جالكسي زد».").requireFact(FactType.PRODUCT_LAUNCH, "Samsung", "جالكسي زد");
        x("وأماطت أبل اللثام عن هاتف «آيفون 16» الجديد.").requireFact(FactType.PRODUCT_LAUNCH, "Apple", "iPhone 16");
        x("وأماطت جوجل اليوم اللثام عن تطبيق «نوفا» للترجمة.").requireFact(FactType.PRODUCT_LAUNCH, "Google", "نوفا");
    }

    @Test
    void whatALaunchVerbPutsOutIsAProduct() {
        Extracted a = x("Rivet Motors released its new two-seat Roadster last year.");
        assertEquals(EntityType.PRODUCT, a.requireEntity("Roadster").type());
        a.requireFact(FactType.PRODUCT_LAUNCH, "Rivet Motors", "Roadster");
        assertEquals(EntityType.PRODUCT, x("Quillmate Health unveiled a sleek Nimbus on Monday.").requireEntity("Nimbus").type());
        assertEquals(EntityType.ORGANIZATION, x("Quillmate Health released a report with Deloitte.").requireEntity("Deloitte").type());
    }

    @Test
    void aRelativeOnTheCompanyHasItsDoer() {
        x("Rivet Motors makes cars. Its chief said the company, which last year released its two-seat Roadster, aims to grow.")
                .requireFact(FactType.PRODUCT_LAUNCH, "Rivet Motors", "Roadster");
        x("Tallow Robotics builds arms. Analysts say the startup, which unveiled its Picker arm in May, is hiring.")
                .requireFact(FactType.PRODUCT_LAUNCH, "Tallow Robotics", "Picker");
    }

    @Test
    void investorsInXAreOnlyThoseSaidToBeSo() {
        Extracted a = x("Atlas Works said it had offered investors in Rivet Motors $12 a share.");
        assertTrue(a.document().facts().stream().noneMatch(f -> f.type() == FactType.INVESTMENT), a.describeFacts());
        x("Harbor Fund, an early investor in Quillmate Health, led the round.")
                .requireFact(FactType.INVESTMENT, "Harbor Fund", "Quillmate Health");
        x("Harbor Fund is also a major investor in Tallow Robotics.").requireFact(FactType.INVESTMENT, "Harbor Fund", "Tallow Robotics");
    }

    @Test
    void aPlatformDescribedByItsTradeIsTheCompany() {
        Extracted a = x("AI-based farming platform Cropwise raised a seed round of $3 million by Harbor Fund and Lintel Capital.");
        assertEquals(EntityType.ORGANIZATION, a.requireEntity("Cropwise").type());
        a.requireFact(FactType.FUNDING_ROUND, "Cropwise", null);
        a.requireFact(FactType.INVESTMENT, "Lintel Capital", "Cropwise");
        assertEquals(EntityType.ORGANIZATION, x("Online travel platform Tripnest raised $9 million.").requireEntity("Tripnest").type());
        assertEquals(EntityType.PRODUCT, x("Users moved to the messaging platform Chatterly.").requireEntity("Chatterly").type());
    }

    @Test
    void arabicRelativeOnACommonNounNamesNoObject() {
        Extracted a = x("وتراجعت مبيعات هواتف نوكيا، وعدد من الخدمات التي اشترتها مايكروسوفت مؤخرا.");
        assertNull(a.fact(FactType.ACQUISITION, "Microsoft", "Nokia").orElse(null), a.describeFacts());
        x("وكانت نوكيا التي اشترتها مايكروسوفت قد أعلنت عن خسائر.").requireFact(FactType.ACQUISITION, "Microsoft", "Nokia");
        x("وتشغل «Rivet Motors»، التي اشترتها أمازون في 2019، مصانع في مصر.").requireFact(FactType.ACQUISITION, "Amazon", "Rivet Motors");
    }

    @Test
    void aModalThatIsAGivenNameOpensAFoundersName() {
        Extracted a = x("Mapwise Labs, co-founded by Sam Ortiz and Can Yilmaz, builds maps.");
        assertEquals(EntityType.PERSON, a.requireEntity("Can Yilmaz").type());
        a.requireFact(FactType.FOUNDED, "Can Yilmaz", "Mapwise Labs");
        assertEquals(EntityType.PERSON, x("The startup was founded by Will Harper and Dana Ortiz.").requireEntity("Will Harper").type());
        assertTrue(x("Analysts said Prices Can Rise.").entity("Can Rise").isEmpty());
    }

    @Test
    void anArabicRelativeBeforeTheTriggerIsItsDoer() {
        x("ويأتي بعد بيل جيتس وستيف بالمر اللذين اشتركا في تأسيس مايكروسوفت.").requireFact(FactType.FOUNDED, "Steve Ballmer", "Microsoft");
        x("وقال ساتيا ناديلا إن بيل جيتس الذي أسس مايكروسوفت سيبقى مستشارا.").requireFact(FactType.FOUNDED, "Bill Gates", "Microsoft");
        x("وقالت مصادر إن جاك دورسي، 45 عاما، الذي شارك في تأسيس تويتر، سيغادر.").requireFact(FactType.FOUNDED, "Jack Dorsey", "Twitter");
        Extracted unnamed = x("وقال ساتيا ناديلا إن المهندسين الذين أسسوا مايكروسوفت كانوا شبانا.");
        assertTrue(unnamed.document().facts().stream().noneMatch(f -> f.type() == FactType.FOUNDED), unnamed.describeFacts());
    }

    @Test
    void aPrefixBeforeARoundIsNoName() {
        Extracted a = x("Tallow Robotics raised $1 million in its Pre-Series A round led by Harbor Fund.");
        assertTrue(a.entity("Pre").isEmpty(), a.names());
        a.requireFact(FactType.FUNDING_ROUND, "Tallow Robotics", null);
    }
}
