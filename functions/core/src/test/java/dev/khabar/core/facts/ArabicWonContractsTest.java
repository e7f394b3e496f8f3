package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** «فازت X وY بعقد … لـ Z», «ربحت X عقدا من قبل Z»: each winner holds the contract, the body named after it is its client. */
class ArabicWonContractsTest {
    @Test
    void twoWinnersAfterTheVerbAndAMinistryTakingLam() {
        Extracted x = Extracted.of("فازت شركتا بوينغ وإيرباص بعقود صيانة الطائرات التابعة لوزارة الدفاع السعودية.", "2025-01-01");
        x.requireFact(FactType.CONTRACT, "Boeing", "وزارة الدفاع السعودية");
        x.requireFact(FactType.CONTRACT, "Airbus", "وزارة الدفاع السعودية");
    }

    @Test
    void aWinnerBeforeTheVerbAndAClientAfterMinQibal() {
        Extracted x = Extracted.of("وقالت الصحيفة إن شركة سيمنس ربحت عقدا من قبل وزارة النقل المصرية لتوريد قطارات.", "2025-01-01");
        x.requireFact(FactType.CONTRACT, "Siemens", "وزارة النقل المصرية");
    }

    @Test
    void aListOfWinnersLaterTakesTheClientOfTheFirstContract() {
        Extracted x = Extracted.of("فازت شركة بوينغ بعقد لصالح وزارة الدفاع الكويتية. وفي العام الماضي، تمكنت ثلاث شركات، وهي"
                + " إيرباص، وسيمنس، ولوكهيد مارتن، بالفوز بنفس هذه العقود.", "2025-01-01");
        x.requireFact(FactType.CONTRACT, "Boeing", "وزارة الدفاع الكويتية");
        x.requireFact(FactType.CONTRACT, "Airbus", "وزارة الدفاع الكويتية");
        x.requireFact(FactType.CONTRACT, "Lockheed Martin", "وزارة الدفاع الكويتية");
    }

    @Test
    void aWinWithNoClientNamedAnywhereStatesNoContract() {
        Extracted x = Extracted.of("فازت شركة سيمنس بعقد مدته ثلاث سنوات لتطوير شبكة القطارات.", "2025-01-01");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.CONTRACT), x.describeFacts());
    }
}
