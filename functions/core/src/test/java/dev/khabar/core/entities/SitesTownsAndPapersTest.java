package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names news writes in its own ways: a site named by its town, datelines and abbreviated states, papers with their
 * "The", a given name before a known surname, section headings and quotation openers that name nothing.
 */
class SitesTownsAndPapersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kellam Glass will shut its Dorrance plant in May. Workers near Dorrance were told on Friday.|Dorrance plant|Dorrance",
            "Brevik Foods said the Tullahoma factory will close. The mayor of Tullahoma said he was sad.|Tullahoma factory|Tullahoma",
            "Osterly Paper plans to idle its Marlow paper mill, the only employer in Marlow.|Marlow paper mill|Marlow"})
    void aSiteNamedByItsTownIsAFacilityInThatTown(String text, String site, String town) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.FACILITY, x.requireEntity(site).type(), x.names());
        assertEquals(EntityType.LOCATION, x.requireEntity(town).type(), x.names());
        x.requireFact(FactType.LOCATED_IN, site, town);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kellam Glass said workers can apply at other Kellam plants.|Kellam plants",
            "Brevik Foods will close its Tennessee plant next year.|Tennessee plant",
            "The Kellam Glass plant in Ohio keeps running.|Kellam Glass plant"})
    void plantsOfACompanyOrAStateAreNoTownSites(String text, String notASite) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(notASite).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DORRANCE (AP) - Kellam Glass will close a plant.|DORRANCE",
            "Kellam Glass moved its office to Tullahoma, Tenn., last year.|Tullahoma",
            "Staff in Pell City, Ala. and Marlow, Okla. were told.|Marlow"})
    void datelinesAndTownsBeforeAbbreviatedStatesArePlaces(String text, String town) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.LOCATION, x.requireEntity(town).type(), x.names());
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION
                && (e.name().equals("Tenn") || e.name().equals("Ala") || e.name().equals("Okla"))), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Dorrance Herald reports that the mill will close.|The Dorrance Herald",
            "This story by The Scottish Press first ran in May.|The Scottish Press",
            "Kellam told The Marlow Gazette that it would stay.|The Marlow Gazette"})
    void papersKeepTheirArticle(String text, String paper) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(paper).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "She succeeds Karen Toulouse, who retires in June.|Karen Toulouse",
            "Samsung's Kyle Biden, director of sales, told reporters.|Kyle Biden",
            "The fund hired Laura Dubai as its new partner.|Laura Dubai"})
    void aGivenNameBeforeAKnownWordMakesAnotherPerson(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity(person).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kellam signed a deal with Brivo.¶Key Details¶The deal is worth $5 million.|Key Details",
            "Kellam signed a deal with Brivo.¶Stock Performance¶Shares of Kellam rose 5%.|Stock Performance",
            "Chief executive Ana Pop said: “Bringing together Kellam and Brivo will help.”|Bringing",
            "Almost 60% of Brivo staff stayed at Kellam.|Almost 60",
            "Kellam hired staff from Brivo, a Kenyan EdTech startup.|EdTech"})
    void headingsOpenersAndSectorsAreNotNames(String text, String word) {
        Extracted x = Extracted.of(text.replace('¶', '\n'), "2025-01-01"); // a heading is a line of its own
        assertTrue(x.entity(word).isEmpty(), x.names());
        assertTrue(x.entity("Brivo").isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Google will close Google Maps offices in Zurich.|Google Maps",
            "The Apple Watch Sport sells for $349.|Apple Watch Sport",
            "Samsung showed the Galaxy S4 in New York.|Galaxy S4",
            "The bundle adds Microsoft Office for students.|Microsoft Office"})
    void aBrandsServiceWordsBelongToTheProduct(String text, String product) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PRODUCT, x.requireEntity(product).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Labor Commissioner Karen Dalby said the state will help.|Karen Dalby",
            "Housing Secretary Ian Morrow opened the site.|Ian Morrow",
            "the partner of Larkspur Capital Nadia Ferreira told reporters.|Nadia Ferreira"})
    void aPersonAfterATitleOrACompanyInOneRunIsAPerson(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity(person).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Brivo sold LED lamps to Kellam.|LED",
            "Kellam put NFC chips in its cards, Brivo said.|NFC",
            "Brivo users sent 20 million SMS alerts via Kellam.|SMS",
            "Kellam builds phones for Brivo as an ODM supplier.|ODM",
            "Brivo sells its tools to OEM partners such as Kellam.|OEM",
            "Brivo said its revenue in FY2020 rose to EUR15 million at Kellam.|FY2020",
            "Brivo said its revenue in FY2020 rose to EUR15 million at Kellam.|EUR15",
            "Kellam won a Dh143.98 million order from Brivo.|Dh143",
            "Brivo signed deals worth Dhs 2.5 billion with Kellam.|Dhs",
            "Kellam booked a Dh40m order, Brivo said.|Dh",
            "Before the deal, Brivo held a stake worth Sh144 billion in Kellam.|Sh144",
            "Kellam paid KSh2.5 billion for the Brivo plant.|KSh2",
            "Brivo sold the stake for Sh18 billion, Kellam said.|Sh18",
            "Kellam awarded Brivo a contract worth R864 888 000 in May.|R864"})
    void acronymsOfThingsAndGluedFiguresAreNotNames(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(word).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sales data from Thomson Reuters showed a drop.|Thomson Reuters",
            "Crowds gathered in Trafalgar Square on Monday.|Trafalgar Square",
            "The survey by Orvex Reuters found more buyers.|Orvex Reuters"})
    void anUnknownWordBeforeAKnownCompanyOpensALongerName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        x.requireEntity(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Delta Glass will shut its Dorrance area glass plant. The Dorrance plant opened in 1960.|Dorrance area glass plant|Dorrance plant",
            "Brevik Foods will idle its Marlow mill. The Marlow facility employs 90 people.|Marlow mill|Marlow facility",
            "Osterly said its St. Anselm plant will close. The St. Anselm factory made glass.|St. Anselm plant|St. Anselm factory"})
    void oneTownsSitesAreOneSite(String text, String site, String sameSite) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.requireEntity(site).aliases().contains(sameSite), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال الشيخ حمدان بن سالم آل راشد إن المشروع سيبدأ قريبا.|الشيخ حمدان بن سالم آل راشد",
            "وأعلن الأمير فهد بن ناصر بن عبدالله عن جائزة جديدة.|الأمير فهد بن ناصر بن عبدالله",
            "واستقبلت الشيخة مريم بنت سالم الوفد في مكتبها.|الشيخة مريم بنت سالم"})
    void anArabicPersonIsAlsoKnownWithTheHonorific(String text, String styled) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().anyMatch(e -> e.type() == EntityType.PERSON && e.aliases().contains(styled)),
                x.document().entities().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أتمت مجموعة زيلكو القابضة صفقة مع شركة سديم.|مجموعة زيلكو القابضة",
            "وقالت مجموعة ريم القابضة إنها ستوسع أعمالها.|مجموعة ريم القابضة",
            "واشترت مجموعة فاردن القابضة حصة في شركة سديم.|مجموعة فاردن القابضة"})
    void aGroupsHoldingIsPartOfItsName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().anyMatch(e -> e.aliases().contains(name)), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kellam launched the Zenfone X7 in May. Buyers said the X7 sold out.|Zenfone X7|X7",
            "Brivo showed the Nimbus S9 on Monday. The S9 costs $499.|Nimbus S9|S9",
            "Kellam released the Orca T20 tablet. Reviewers liked the T20.|Orca T20|T20"})
    void aModelDesignationAloneNamesItsProduct(String text, String product, String shortForm) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.requireEntity(product).aliases().contains(shortForm), x.names());
        assertTrue(x.entity(shortForm).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kellam signed a deal with Brivo.¶Nadia Ferreira, Executive Vice President of Brivo Corp said,|Nadia Ferreira",
            "Kellam signed a deal with Brivo.¶Tomas Lindqvist, Chief Operating Officer of Kellam Group added,|Tomas Lindqvist",
            "Kellam signed a deal with Brivo.¶Omar Haddad, Senior Vice President of Brivo Systems noted,|Omar Haddad"})
    void aLineWithASmallVerbIsNoHeadline(String text, String person) {
        Extracted x = Extracted.of(text.replace('¶', '\n'), "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity(person).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The bundle includes Windows, Zoltbox and Quillnote for schools.|Zoltbox",
            "Brivo users can sync Quillnote, Pagely, and Microsoft Office files.|Pagely",
            "The phone ships with Chrome and Zoltbox preinstalled.|Zoltbox"})
    void aNameListedWithProductsIsAProduct(String text, String product) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PRODUCT, x.requireEntity(product).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Headquartered in Germany, the Brandt Group has five brands.|Brandt Group|Germany",
            "Based in Leeds, Kellam Robotics makes arms for warehouses.|Kellam Robotics|Leeds",
            "Headquartered in Oslo, Norvik Systems sells sensors.|Norvik Systems|Oslo",
            "Based in Milpitas, California, Tarnell Semiconductor launched in 2010.|Tarnell Semiconductor|Milpitas",
            "Headquartered in Lyon, France, Brelix Sensors makes parts for trains.|Brelix Sensors|Lyon"})
    void aSentenceOpeningOnTheSeatLocatesTheNameAfterIt(String text, String org, String place) {
        Extracted.of(text, "2025-01-01").requireFact(FactType.LOCATED_IN, org, place);
    }

    @Test
    void aSentenceOpeningOnSeveralPlacesLocatesNothing() {
        Extracted x = Extracted.of("Based in London, Paris, Berlin and Rome, the analysts at Kellam Research cover Europe.",
                "2025-01-01");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.LOCATED_IN), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال سامي العلي، الرئيس التنفيذي للصندوق الزراعي، إن القروض جاهزة.|الصندوق الزراعي",
            "وأكدت هالة الحسن، المديرة العامة للبنك الصناعي، أن الأرباح زادت.|البنك الصناعي",
            "وقال كريم الشامي، المدير التنفيذي للمصرف العقاري، إن السوق مستقر.|المصرف العقاري"})
    void aCueReadOutOfItsPrepositionKeepsItsArticle(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().anyMatch(e -> e.aliases().contains(name)), x.document().entities().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "قالت الوكالة إن مجلس إدارة شركة سينوبتا وافق على الخطة.|سينوبتا",
            "وذكر التقرير أن شركة زيلكو قررت بيع الوحدة.|زيلكو",
            "وأوضح البيان أن شركة فاردن أبرم اتفاقا جديدا.|فاردن"})
    void anArabicCompanysNameEndsBeforeItsPastVerb(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        x.requireEntity(name);
    }
}
