package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles apposed to names, with the employer after a comma, after descriptors, or before the title. */
class RoleAppositionTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void capitalizedCofounderTitleThenCommaOfEmployer() {
        Extracted e = x("Nadia Brooks, Co-Founder and CEO, of Microsoft said the plan was sound.");
        assertEquals("CEO", e.requireFact(FactType.ROLE, "Nadia Brooks", "Microsoft").role());
        e.requireFact(FactType.FOUNDED, "Nadia Brooks", "Microsoft");
        assertTrue(e.entity("Co").isEmpty(), e.names());
    }

    @Test
    void copulaTiesSubjectToPredicateTitleAfterADescribedCompany() {
        Extracted e = x("Nadia Brooks will remain the chief executive of software giant Microsoft.");
        assertEquals("CEO", e.requireFact(FactType.ROLE, "Nadia Brooks", "Microsoft").role());
    }

    @Test
    void arabicNameThenTitleWithoutCommaAndCompanyDescriptors() {
        Extracted e = x("وسيظل جون سميث الرئيس التنفيذي لشركة البرمجيات العملاقة مايكروسوفت.");
        assertEquals("CEO", e.requireFact(FactType.ROLE, "John Smith", "Microsoft").role());
    }

    @Test
    void arabicTitleThenOrganizationThenCommaThenName() {
        Extracted e = x("وقال رئيس مجلس الإدارة التنفيذي في مايكروسوفت ، جون سميث إن الخطة ناجحة.");
        assertEquals("executive chairman", e.requireFact(FactType.ROLE, "John Smith", "Microsoft").role());
    }

    @Test
    void arabicChiefOfficerTitlesReadAsTheirEnglishAbbreviation() {
        Extracted e = x("قال جون سميث، الرئيس التنفيذي للعمليات في مايكروسوفت، إن الطلب قوي.");
        assertEquals("COO", e.requireFact(FactType.ROLE, "John Smith", "Microsoft").role());
    }

    @Test
    void signatoryTitleTakesThePartyNamedBeforeIt() {
        Extracted e = x("ووقع الاتفاقية من جانب (أرامكو) الرئيس التنفيذي الدكتور جون سميث، بحضور سمو الأمير الدكتور "
                + "خالد الفيصل، رئيس مجلس إدارة (سابك).");
        assertEquals("CEO", e.requireFact(FactType.ROLE, "John Smith", "Saudi Aramco").role());
        assertTrue(e.fact(FactType.ROLE, "John Smith", "SABIC").isEmpty(), e.describeFacts());
    }

    @Test
    void titleCoordinatedWithCofounderBeforeName() {
        Extracted e = x("In a memo posted on Halden's website, CEO and co-founder Nadia Brooks said the company grew.");
        assertEquals("CEO", e.requireFact(FactType.ROLE, "Nadia Brooks", "Halden").role());
        e.requireFact(FactType.FOUNDED, "Nadia Brooks", "Halden");
    }

    @Test
    void arabicCopulaBeforeAccusativeTitle() {
        Extracted e = x("أعلنت مايكروسوفت نتائجها. وأضاف البيان أن جون سميث سيظل عضواً في مجلس الإدارة.");
        assertEquals("board member", e.requireFact(FactType.ROLE, "John Smith", "Microsoft").role());
    }

    @Test
    void personPresentedAsFromAnOrganization() {
        Extracted e = x("أكد خالد السويدي، من «أرامكو»، على أهمية الحلول. Nadia Brooks of Microsoft said the plan was sound.");
        e.requireFact(FactType.ROLE, "Nadia Brooks", "Microsoft");
        assertTrue(e.document().facts().stream().anyMatch(f -> f.type() == FactType.ROLE && f.role() == null
                && e.requireEntity("Saudi Aramco").id().equals(f.object())), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Dana Pike, from Halden Bank, said the loans would be repaid.|Dana Pike|Halden Bank",
            "The plan was praised by Omar Haddad, of Corvant Systems, on Friday.|Omar Haddad|Corvant Systems",
            "Anna Berg, from the Kestrel Freight, has advised the board since 2019.|Anna Berg|Kestrel Freight"})
    void englishPersonSetOffAsFromAnOrganization(String text, String person, String org) {
        assertTrue(x(text).requireFact(FactType.ROLE, person, org).role() == null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The board said that as chief executive of Halden Bank from 2010 to 2018, Dana Pike doubled its profits.|Dana Pike|Halden Bank|CEO",
            "Omar Haddad wrote a book in 2021 after twenty years as a managing director at Corvant Systems.|Omar Haddad|Corvant Systems|managing director",
            "Anna Berg is new to retail. She has a strong record as president of Kestrel Freight, investors say.|Anna Berg|Kestrel Freight|president"})
    void aTitleAfterAsIsHeldByTheSubjectOfItsClause(String text, String person, String org, String role) {
        assertEquals(role, x(text).requireFact(FactType.ROLE, person, org).role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The report cited Dana Pike, who is now chairman of Halden Bank, as its source.|Dana Pike|Halden Bank|chairman",
            "Omar Haddad, who is currently also the chief financial officer of Corvant Systems, spoke at the meeting.|Omar Haddad|Corvant Systems|CFO",
            "Investors met Anna Berg, who was president of Kestrel Freight until 2020.|Anna Berg|Kestrel Freight|president",
            // words ranking the title between "the" and it: the copula still ties it to the subject
            "Dana Pike was the first and only chief financial officer of Halden Bank.|Dana Pike|Halden Bank|CFO",
            "Omar Haddad became the youngest ever president of Corvant Systems in 2019.|Omar Haddad|Corvant Systems|president",
            "Anna Berg is the new chairman of Kestrel Freight, the company said.|Anna Berg|Kestrel Freight|chairman"})
    void aTitleAfterACopulaOrInARelativeClauseIsHeldByItsSubject(String text, String person, String org, String role) {
        assertEquals(role, x(text).requireFact(FactType.ROLE, person, org).role());
    }

    @Test
    void sellerNamedAfterFromIsNotAnEmployee() {
        Extracted e = x("Microsoft bought the stake from Nadia Brooks in March.");
        assertTrue(e.fact(FactType.ROLE, "Nadia Brooks", "Microsoft").isEmpty(), e.describeFacts());
    }

    @Test
    void unstatedEmployerIsNeverTheOutletToldOrARegulator() {
        Extracted e = x("Microsoft shares gained. CEO Nadia Brooks told Reuters that demand was strong. Chief executive "
                + "Tim Cook told the Federal Trade Commission that Apple would comply.");
        assertTrue(e.fact(FactType.ROLE, "Nadia Brooks", "Reuters").isEmpty(), e.describeFacts());
        e.requireFact(FactType.ROLE, "Nadia Brooks", "Microsoft");
        assertTrue(e.fact(FactType.ROLE, "Tim Cook", "Federal Trade Commission").isEmpty(), e.describeFacts());
        e.requireFact(FactType.ROLE, "Tim Cook", "Apple");
    }

    @Test
    void chiefOfficerTitlesAreStoredAbbreviated() {
        Extracted e = x("Jane Roe, chair and Chief Executive Officer of Oracle, said so.");
        assertEquals("chair and CEO", e.requireFact(FactType.ROLE, "Jane Roe", "Oracle").role());
    }

    @Test
    void courtesyTitleBeforeANameWithItsOwnPostAfter() {
        Extracted e = x("وحضر الدكتور خالد الفيصل، رئيس مجلس إدارة سابك، والمهندس جون سميث رئيس مجلس إدارة أرامكو.");
        assertEquals("chairman", e.requireFact(FactType.ROLE, "John Smith", "Saudi Aramco").role());
        assertTrue(e.fact(FactType.ROLE, "John Smith", "SABIC").isEmpty(), e.describeFacts());
    }

    @Test
    void quotedNameBeforeTheCommaOfItsTitle() {
        Extracted e = x("أعلنت شركة مايكروسوفت نتائجها. وقال \"جون سميث\"، الرئيس التنفيذي للشركة، إن النتائج جيدة.");
        assertEquals("CEO", e.requireFact(FactType.ROLE, "John Smith", "Microsoft").role());
        Extracted f = x("وقالت “ماريا لوبيز”، المديرة المالية لشركة أبل، إن الطلب قوي.");
        assertEquals("CFO", f.requireFact(FactType.ROLE, "Maria Lobiz", "Apple").role());
        Extracted g = x("\"Sales rose,\" said \"Maria Lopez\", chief executive of Apple.");
        assertEquals("CEO", g.requireFact(FactType.ROLE, "Maria Lopez", "Apple").role());
    }

    @Test
    void nameSetOffByCommasAfterItsTitle() {
        Extracted e = x("Microsoft said its board has named current chairman, John Smith, as chief executive officer.");
        assertEquals("chairman", e.requireFact(FactType.ROLE, "John Smith", "Microsoft").role());
        Extracted f = x("Apple said its chief financial officer, Maria Lopez, will visit Paris next year.");
        assertEquals("CFO", f.requireFact(FactType.ROLE, "Maria Lopez", "Apple").role());
        Extracted g = x("Microsoft praised its president, Peter Hall, for the results.");
        assertEquals("president", g.requireFact(FactType.ROLE, "Peter Hall", "Microsoft").role());
    }

    @Test
    void commaAfterATitleBeforeAListIsNoApposition() {
        Extracted e = x("Microsoft hired a new chairman, John Smith and Maria Lopez said.");
        assertTrue(e.fact(FactType.ROLE, "John Smith", "Microsoft").isEmpty(), e.describeFacts());
    }
}
