package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** Arabic statements of a company's shareholders, each with its share: the company named first or in a share noun. */
class ArabicShareholdersTest {
    private static final String FOUNDED = "وافقت الحكومة على تأسيس بنك الريان الرقمي برأسمال 10 مليارات. ";

    @Test
    void holdersOfTheCapitalOfTheBankNamedBefore() {
        Extracted x = Extracted.of(FOUNDED + "ويساهم في رأسمال البنك \"شركة الأفق القابضة\" الكويتية بنسبة 30%، "
                + "و\"شركة النخبة للتجارة\" بنسبة 15%.", "2024-05-01");
        x.requireFactByAlias(FactType.INVESTMENT, "شركة الأفق القابضة", "بنك الريان الرقمي");
        x.requireFactByAlias(FactType.INVESTMENT, "شركة النخبة للتجارة", "بنك الريان الرقمي");
        assertTrue(!x.hasFactByAlias(FactType.INVESTMENT, "شركة النخبة للتجارة", "شركة الأفق القابضة"), x.describeFacts());
    }

    @Test
    void peopleHoldingTheOwnershipWithAlso() {
        Extracted x = Extracted.of(FOUNDED + "ويساهم في ملكية البنك أيضا سامي العتيبي بنسبة 5%، وخالد المهيري بنسبة 4%.",
                "2024-05-01");
        x.requireFactByAlias(FactType.INVESTMENT, "سامي العتيبي", "بنك الريان الرقمي");
        x.requireFactByAlias(FactType.INVESTMENT, "خالد المهيري", "بنك الريان الرقمي");
    }

    @Test
    void aNamedCompanyAfterTheCapitalAndAMajorityHolder() {
        Extracted x = Extracted.of("وتساهم في رأس مال شركة رمال للأسمنت مجموعة الوفاق القابضة بنسبة 60%، وبنك السلام بنسبة 20%.",
                "2024-05-01");
        x.requireFactByAlias(FactType.ACQUISITION, "مجموعة الوفاق القابضة", "رمال للأسمنت");
        x.requireFactByAlias(FactType.INVESTMENT, "بنك السلام", "رمال للأسمنت");
    }

    @Test
    void moreHoldersAfterAShareNoun() {
        Extracted x = Extracted.of("وستصبح حصة شركة \"الأفق القابضة\" في \"مصرف النور\" 40%، وصندوق الشرق للاستثمار 20%، "
                + "و\"بنك الفجر\" 10%.", "2024-05-01");
        x.requireFactByAlias(FactType.INVESTMENT, "الأفق القابضة", "مصرف النور");
        x.requireFactByAlias(FactType.INVESTMENT, "صندوق الشرق للاستثمار", "مصرف النور");
        x.requireFactByAlias(FactType.INVESTMENT, "بنك الفجر", "مصرف النور");
    }

    @Test
    void aShareInItAfterTheClauseBefore() {
        Extracted x = Extracted.of("وحسب الإفصاح فإن نسبة مساهمة شركة \"نجمة المالية\" في بنك الواحة ستصبح 18 في المئة، "
                + "بينما ستتراجع نسبة مساهمة \"بنك السلام\" فيه إلى 7%.", "2024-05-01");
        x.requireFactByAlias(FactType.INVESTMENT, "نجمة المالية", "بنك الواحة");
        x.requireFactByAlias(FactType.INVESTMENT, "بنك السلام", "بنك الواحة");
    }

    @Test
    void noShareNoHolderAndNoCapitalNoStatement() {
        Extracted x = Extracted.of(FOUNDED + "ويساهم في رأسمال البنك \"شركة الأفق القابضة\"، بحسب القرار.", "2024-05-01");
        assertTrue(!x.hasFactOfType(FactType.INVESTMENT), x.describeFacts());
        Extracted y = Extracted.of("ويساهم في نمو شركة رمال للأسمنت \"بنك السلام\" بنسبة 20% من تمويلاتها.", "2024-05-01");
        assertTrue(!y.hasFactOfType(FactType.INVESTMENT), y.describeFacts());
    }

    @Test
    void aStakeBoughtAfterTheBuyersLongNameIsAnInvestment() {
        Extracted x = Extracted.of("اشترت شركة \"الأفق القابضة\" الكويتية حصة في أسهم بنك الواحة.", "2024-05-01");
        x.requireFactByAlias(FactType.INVESTMENT, "الأفق القابضة", "بنك الواحة");
        assertTrue(!x.hasFactByAlias(FactType.ACQUISITION, "الأفق القابضة", "بنك الواحة"), x.describeFacts());
        Extracted y = Extracted.of("واشترت مجموعة \"نجمة المالية\" القابضة حصة في شركة رمال للأسمنت.", "2024-05-01");
        assertTrue(!y.hasFactOfType(FactType.ACQUISITION), y.describeFacts());
    }

    @Test
    void aCompanyBoughtWholeStaysAnAcquisition() {
        Extracted x = Extracted.of("اشترت شركة \"الأفق القابضة\" الكويتية بنك الواحة بالكامل.", "2024-05-01");
        x.requireFactByAlias(FactType.ACQUISITION, "الأفق القابضة", "بنك الواحة");
    }
}
