package dev.khabar.core.general;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** Products spelled in Arabic letters take their Latin names, model and all. */
class ArabicProductsTest {
    @Test
    void familyAndModelWordsBecomeOneLatinName() {
        Extracted x = Extracted.of("وأطلقت أبل هاتف آي فون 16 برو ماكس، فيما قدمت سامسونج جالاكسي زد فولد 6.", "2025-01-01");
        assertEquals(EntityType.PRODUCT, x.requireEntity("iPhone 16 Pro Max").type());
        x.requireEntity("Galaxy Z Fold 6");
        x.requireFact(FactType.PRODUCT_LAUNCH, "Apple", "iPhone 16 Pro Max");
    }

    @Test
    void aLetterGluesToItsNumber() {
        Extracted x = Extracted.of("وتنافس شاومي بهاتف غالاكسي إس 23 من سامسونج.", "2025-01-01");
        x.requireEntity("Galaxy S23");
    }

    @Test
    void theFamilyAloneIsTheKnownProduct() {
        Extracted x = Extracted.of("قالت أبل إن مبيعات آي فون ارتفعت.", "2025-01-01");
        x.requireEntity("iPhone");
    }

    @Test
    void aKnownMakerWithAModelNumberOrCodeIsItsProduct() {
        Extracted x = Extracted.of("وكشفت سامسونج عن هاتف هواوي P40 المنافس، وتضم القائمة لينوفو 7 ولينوفو 9. "
                + "وقالت الشركة إن نوكيا 8: أفضل هواتفها.", "2025-01-01");
        assertEquals(EntityType.PRODUCT, x.requireEntity("Huawei P40").type());
        x.requireEntity("Lenovo 7");
        x.requireEntity("Lenovo 9");
        x.requireEntity("Nokia 8");
    }

    @Test
    void aCountOrAYearAfterAMakerIsNoModel() {
        Extracted x = Extracted.of("وباعت نوكيا 4 ملايين هاتف، وربحت لينوفو 12% أكثر من عام 2023.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Nokia").type());
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Lenovo").type());
    }

    @Test
    void aLatinModelCodeAfterAFamily() {
        Extracted x = Extracted.of("وعرضت أبل آيفون XR بجانب غالاكسي S23 من سامسونج، بينما تراجع بيكسل 8A.", "2025-01-01");
        x.requireEntity("iPhone XR");
        x.requireEntity("Galaxy S23");
        x.requireEntity("Pixel 8A");
    }

    @Test
    void aNumberOfScaleAfterAFamilyIsNoModel() {
        Extracted x = Extracted.of("وبلغت مبيعات آيفون 200 مليون وحدة، وحققت آي باد 30 مليار دولار.", "2025-01-01");
        x.requireEntity("iPhone");
        x.requireEntity("iPad");
    }
}
