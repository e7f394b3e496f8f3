package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;

/** Where names begin and end, what they are, and which second names they carry. */
class EntitySpanTest {
    @Test
    void descriptorBeforeACueNounIsNotANameAndTickersAreAliases() {
        Extracted x = Extracted.of("Industrial software firm Quillon Systems (QLN) said it would hire 200 engineers.", "2025-01-01");
        assertTrue(x.entity("Industrial").isEmpty(), x.names());
        assertTrue(x.requireEntity("Quillon Systems").aliases().contains("QLN"), x.names());
        assertTrue(x.entity("QLN").isEmpty() || x.requireEntity("QLN").name().equals("Quillon Systems"), x.names());
    }

    @Test
    void knownCompanyKeepsItsCorporateSuffix() {
        Extracted x = Extracted.of("Investors cheered after Cisco Systems reported higher sales.", "2025-01-01");
        assertTrue(x.requireEntity("Cisco").aliases().contains("Cisco Systems"), x.names());
        assertTrue(x.entity("Systems").isEmpty(), x.names());
    }

    @Test
    void sentenceInitialModalsAreNotNames() {
        Extracted x = Extracted.of("Should Norvale Energy fail to pay, the lender may seize its assets.", "2025-01-01");
        assertTrue(x.entity("Should Norvale Energy").isEmpty(), x.names());
        assertTrue(x.entity("Norvale Energy").isPresent(), x.names());
    }

    @Test
    void andJoinsANameThatHasOf() {
        Extracted x = Extracted.of("The contract went to the Office of Energy and Mines last week.", "2025-01-01");
        assertTrue(x.entity("Office of Energy and Mines").isPresent(), x.names());
    }

    @Test
    void knownPlaceOpeningALongerNameIsPartOfIt() {
        Extracted x = Extracted.of("Orders rose at Texas Gridworks while Toronto stayed calm.", "2025-01-01");
        assertTrue(x.entity("Texas Gridworks").isPresent(), x.names());
        assertEquals(EntityType.LOCATION, x.requireEntity("Toronto").type());
    }

    @Test
    void singleLetterRunsAndTimeZonesAreNotNames() {
        Extracted x = Extracted.of("Vantor will raise R&D spending, it said at 9 a.m. EST on Monday.", "2025-01-01");
        assertTrue(x.entity("R&D").isEmpty(), x.names());
        assertTrue(x.entity("EST").isEmpty(), x.names());
    }

    @Test
    void productNounAfterANameMakesItAProduct() {
        Extracted x = Extracted.of("The firm folded its Lumora platform into a new suite.", "2025-01-01");
        assertEquals(EntityType.PRODUCT, x.requireEntity("Lumora").type());
    }

    @Test
    void akaGivesASecondName() {
        Extracted x = Extracted.of("Shares rose after Brightwave -- aka Northern Signal Works -- won a new order.", "2025-01-01");
        assertTrue(x.requireEntity("Brightwave").aliases().contains("Northern Signal Works"), x.names());
    }

    @Test
    void arabicInstitutionNamesAreTakenWhole() {
        Extracted x = Extracted.of("أصدرت هيئة الرقابة المالية والتأمين قرارا جديدا أمس.", "2025-01-01");
        assertTrue(x.entity("هيئة الرقابة المالية والتأمين").isPresent(), x.names());
    }

    @Test
    void prepositionIsNotStrippedToMakeAShortName() {
        Extracted x = Extracted.of("وأكدت الشركة في بيان مكتوب أنها ستواصل العمل.", "2025-01-01");
        assertFalse(x.document().entities().stream().anyMatch(e -> e.type() == EntityType.PERSON), x.names());
    }

    @Test
    void quotedArabicNamesAreNamesAndATitleAfterMakesAPerson() {
        Extracted x = Extracted.of("تولى \"كارل-يوهان برينر\" منصب المدير المالي، بعد أن اشترت «زيفار» الشركة.", "2025-01-01");
        assertEquals(EntityType.PERSON, x.document().entities().stream()
                .filter(e -> e.aliases().contains("كارل-يوهان برينر")).findFirst().orElseThrow().type(), x.names());
        assertTrue(x.document().entities().stream().anyMatch(e -> e.aliases().contains("زيفار")), x.names());
    }

    @Test
    void arabicGazetteerSpellingsAndTransliteratedGivenNames() {
        Extracted x = Extracted.of("قال جريج هولاند إن بوينج ستزيد الإنتاج.", "2025-01-01");
        assertEquals("Q66", x.requireEntity("Boeing").key());
        assertTrue(x.document().entities().stream().anyMatch(e -> e.name().startsWith("Greg ")), x.names());
    }

    @Test
    void countryQualifyingADollarAmountIsNotAPlace() {
        Extracted x = Extracted.of("Pelmar paid US$2.5-billion, or $40 U.S. a share, for the unit.", "2025-01-01");
        assertTrue(x.entity("United States").isEmpty(), x.names());
    }

    @Test
    void lastWordOfATwoWordPlaceIsThatPlace() {
        Extracted x = Extracted.of("Founders flock to Silicon Valley. Investors in the Valley agree.", "2025-01-01");
        assertTrue(x.requireEntity("Silicon Valley").aliases().contains("Valley"), x.names());
    }

    @Test
    void namesEndingInAStationOrASystemAreFacilitiesAndProducts() {
        Extracted x = Extracted.of("Crews at Naval Station Rotabay will test the Orca Sonar Tracking System next year.", "2025-01-01");
        assertEquals(EntityType.FACILITY, x.requireEntity("Naval Station Rotabay").type(), x.names());
        assertEquals(EntityType.PRODUCT, x.requireEntity("Orca Sonar Tracking System").type(), x.names());
    }

    @Test
    void aQuotedTitleIsNotAName() {
        Extracted x = Extracted.of("كان نصف المسرحين يحملون صفة \"مدير\" في الشركة.", "2025-01-01");
        assertTrue(x.document().entities().isEmpty(), x.names());
    }
}
