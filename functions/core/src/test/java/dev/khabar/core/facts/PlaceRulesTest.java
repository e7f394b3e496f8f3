package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** LOCATED_IN from explicit statements of place, never from a nationality. Texts written here. */
class PlaceRulesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void englishSeatStatements() {
        x("The two firms met at Intel's headquarters in Sunnyvale, California.").requireFact(FactType.LOCATED_IN, "Intel", "Sunnyvale");
        Extracted city = x("London's Chemring Group won a contract, and Britain's BAE Systems lost one.");
        assertTrue(city.fact(FactType.LOCATED_IN, "Chemring Group", "London").isEmpty(), "a city's possessive tells where a company is from, not its seat");
        assertTrue(city.fact(FactType.LOCATED_IN, "BAE Systems", "United Kingdom").isEmpty(), "a country's possessive is a nationality");
        x("Cairo's Nile Tower Mall will reopen in May.").requireFact(FactType.LOCATED_IN, "Nile Tower Mall", "Cairo");
    }

    @Test
    void basedDescriptionStandsForTheCompanyOrItsApposedName() {
        Extracted en = x("Tumblr hired two engineers. Sequoia's partner met Tumblr's board. The NYC-based blogging startup's "
                + "founder flew west.");
        en.requireFact(FactType.LOCATED_IN, "Tumblr", "New York City");
        assertTrue(en.fact(FactType.LOCATED_IN, "Sequoia Capital", "New York City").isEmpty(), en.describeFacts());
        x("The deal came after a Paris-based software firm, Nimbus Labs, was sold.")
                .requireFact(FactType.LOCATED_IN, "Nimbus Labs", "Paris");
    }

    @Test
    void cityBeforeARegionIsTheSeat() {
        x("Seattle, Wash.-based Amazon said it will hire 500 people.").requireFact(FactType.LOCATED_IN, "Amazon", "Seattle");
        Extracted dell = x("Austin, Texas-based Dell said profits rose.");
        dell.requireFact(FactType.LOCATED_IN, "Dell", "Austin");
        assertTrue(dell.fact(FactType.LOCATED_IN, "Dell", "Texas").isEmpty(), dell.describeFacts());
        x("Toronto, Ont.-based Shopify reported growth.").requireFact(FactType.LOCATED_IN, "Shopify", "Toronto");
        x("Texas-based Dell said profits rose again.").requireFact(FactType.LOCATED_IN, "Dell", "Texas");
    }

    @Test
    void aPlaceClosingTheNamesOfPhraseIsWhereItIsFrom() {
        x("The deal pits it against Samsung of South Korea, the market leader.")
                .requireFact(FactType.LOCATED_IN, "Samsung", "South Korea");
        Extracted two = x("Rivals include Siemens of Germany and Alstom of France.");
        two.requireFact(FactType.LOCATED_IN, "Siemens", "Germany");
        two.requireFact(FactType.LOCATED_IN, "Alstom", "France");
        x("The court ruled against Intel of the United States.").requireFact(FactType.LOCATED_IN, "Intel", "United States");
        Extracted on = x("Sales of Apple of the kind seen in Texas rose, and Bank of America agreed.");
        assertTrue(on.document().facts().stream().noneMatch(f -> f.type() == FactType.LOCATED_IN), on.describeFacts());
    }

    @Test
    void arabicSeatStatements() {
        x("وقّع صندوق مبادلة السيادي الواقع في أبوظبي اتفاقية جديدة.")
                .requireFact(FactType.LOCATED_IN, "Mubadala Investment Company", "Abu Dhabi");
        x("وكشفت شركة أمازون الكائنة في دبي عن خطتها.").requireFact(FactType.LOCATED_IN, "Amazon", "Dubai");
        x("وقالت شركة سامسونج إن المدير الجديد، الذي سيعمل من مقرها في سيول، سيبدأ قريبا.")
                .requireFact(FactType.LOCATED_IN, "Samsung", "Seoul");
        x("وقالت شركة أمازون التي تتخذ من سياتل مقرا لها إنها ستوسع أعمالها.").requireFact(FactType.LOCATED_IN, "Amazon", "Seattle");
    }

    @Test
    void theSeatOfCompaniesLeftUnnamedIsNoNamedCompanys() {
        for (String text : new String[] {"وقالت شركة أرامكو إن 80% من العقود وقعت مع شركات مقرها السعودية.",
                "ووقعت شركة أرامكو اتفاقيات مع مؤسسات مقرها في دبي.", "Acme Corp signed deals with companies based in Texas.",
                "وتعاقدت شركة أوبر مع شركة مقرها في لندن."}) {
            Extracted x = x(text);
            assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.LOCATED_IN), x.describeFacts());
        }
    }

    @Test
    void arabicSeatTakenInAPlaceOfAKind() {
        x("وقالت شركة أمازون، التي تتخذ من ولاية واشنطن مقرا لها، إنها ستوسع أعمالها.")
                .requireFact(FactType.LOCATED_IN, "Amazon", "Washington");
        x("وتعد شركة نون، التي تأسست عام 2016 وتتخذ من مدينة دبي مقرا لها، من أكبر المتاجر.")
                .requireFact(FactType.LOCATED_IN, "نون", "Dubai");
        x("ونمت شركة أوبر التي تتخذ من ولاية كاليفورنيا مقرا رئيسيا لها.").requireFact(FactType.LOCATED_IN, "Uber", "California");
    }
}
