package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * Buying an unnamed part of a company is buying from its owner; a consortium's members each acquire; a finite Arabic
 * verb with no named doer keeps the main clause's. Texts written here.
 */
class ConsortiumAndPartsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void thePartsOwnerIsTheObjectWhateverProductDescribesThePart() {
        x("أعلنت شركة أمازون أنها استحوذت على الوحدة التي تصنع جهاز «كيندل» من شركة سامسونج.")
                .requireFact(FactType.ACQUISITION, "Amazon", "Samsung");
        x("اشترت إنتل القسم الذي يطور معالجات «سنابدراغون» في شركة كوالكوم.")
                .requireFact(FactType.ACQUISITION, "Intel", "Qualcomm");
        x("Oracle acquired the division that builds the Galaxy phones from Samsung.")
                .requireFact(FactType.ACQUISITION, "Oracle", "Samsung");
    }

    @Test
    void aVerbWithoutItsDoerKeepsTheMainClausesDoer() {
        x("أعلنت شركة أمازون عن صفقة جديدة؛ إذ استحوذت على شركة Nimbus Labs مقابل مليار دولار.")
                .requireFact(FactType.ACQUISITION, "Amazon", "Nimbus Labs");
        x("كشفت إنتل عن أكبر صفقاتها، حيث استحوذت على شركة Nimbus Labs.")
                .requireFact(FactType.ACQUISITION, "Intel", "Nimbus Labs");
    }

    @Test
    void theDoerAfterAnArabicVerbDoesNotHideTheObject() {
        x("استحوذت أمازون مع عدد من الشركات الأخرى على قطاع الخوادم في شركة إنتل.")
                .requireFact(FactType.ACQUISITION, "Amazon", "Intel");
        x("اشترت سامسونج بالتعاون مع مستثمرين آخرين من الخليج حصة الأغلبية في شركة Nimbus Labs.")
                .requireFact(FactType.ACQUISITION, "Samsung", "Nimbus Labs");
    }

    @Test
    void everyMemberOfAConsortiumAcquires() {
        Extracted en = x("Intel agreed to buy Nimbus Labs. The deal went to a consortium led by Intel and including Dell "
                + "and Samsung.");
        for (String member : new String[] {"Intel", "Dell", "Samsung"}) {
            en.requireFact(FactType.ACQUISITION, member, "Nimbus Labs");
        }
        Extracted ar = x("استحوذت إنتل على شركة Nimbus Labs. وذهبت الصفقة إلى تحالف تقوده إنتل، الذي يضم كلا من "
                + "\"ديل\" و\"سامسونج\" إضافة إلى أوراكل.");
        for (String member : new String[] {"Intel", "Dell", "Samsung", "Oracle"}) {
            ar.requireFact(FactType.ACQUISITION, member, "Nimbus Labs");
        }
        Extracted of = x("A consortium of Dell, Samsung and Oracle acquired Nimbus Labs for $2 billion.");
        for (String member : new String[] {"Dell", "Samsung", "Oracle"}) {
            of.requireFact(FactType.ACQUISITION, member, "Nimbus Labs");
        }
    }

    @Test
    void companiesNamedBesideAConsortiumAreNotItsMembers() {
        Extracted en = x("A consortium led by Intel acquired Nimbus Labs. Rivals Dell and Samsung had bid too.");
        assertTrue(en.fact(FactType.ACQUISITION, "Dell", "Nimbus Labs").isEmpty(), en.describeFacts());
    }

    @Test
    void anInvestmentNounAfterANameIsPartOfTheName() {
        Extracted ar = x("وقالت مجموعة سامسونج للاستثمارات إن شركة Nimbus Labs تنمو بسرعة.");
        assertTrue(ar.document().facts().stream().noneMatch(f -> f.type() == FactType.INVESTMENT), ar.describeFacts());
        Extracted deal = x("ضخت مجموعة سامسونج للاستثمارات 20 مليون دولار في شركة Nimbus Labs.");
        deal.requireFact(FactType.INVESTMENT, "Samsung", "Nimbus Labs");
    }
}
