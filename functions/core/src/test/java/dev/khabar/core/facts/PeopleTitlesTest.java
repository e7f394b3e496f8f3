package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** English people around their titles: middle initials, courtesy words, the board, apposed titles, posts accepted. */
class PeopleTitlesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void middleInitialStaysInsideTheName() {
        Extracted e = x("Marcus T. Hallberg has resigned as chief executive of Dorvale Industries.");
        assertEquals(EntityType.PERSON, e.requireEntity("Marcus T. Hallberg").type(), e.names());
        e.requireFact(FactType.EMPLOYMENT_END, "Marcus T. Hallberg", "Dorvale Industries");
        Extracted opener = x("Dorvale Industries said Helen R. Okafor will lead its robotics unit.");
        opener.requireEntity("Helen R. Okafor");
        assertTrue(opener.entity("R. Okafor").isEmpty(), opener.names());
        Extracted article = x("The board of Dorvale Industries named Paul A. Brennan chief financial officer.");
        assertEquals("CFO", article.requireFact(FactType.EMPLOYMENT_START, "Paul A. Brennan", "Dorvale Industries").role());
    }

    @Test
    void courtesyWordBeforeAnUnlistedNameAfterATitle() {
        Extracted sir = x("Dorvale Industries chairman Sir Ormond Blaise said: \"The offer is fair.\"");
        assertEquals(EntityType.PERSON, sir.requireEntity("Ormond Blaise").type(), sir.names());
        assertEquals("chairman", sir.requireFact(FactType.ROLE, "Ormond Blaise", "Dorvale Industries").role());
        Extracted dame = x("Kestrel Foods chief executive Dame Ysolde Marrick said sales had risen.");
        assertTrue(dame.entity("Dame Ysolde Marrick").isEmpty(), dame.names());
        assertEquals("CEO", dame.requireFact(FactType.ROLE, "Ysolde Marrick", "Kestrel Foods").role());
        Extracted doctor = x("Kestrel Foods' chairman, Dr Peter Lindqvist, said the bid undervalued the group.");
        assertEquals("chairman", doctor.requireFact(FactType.ROLE, "Peter Lindqvist", "Kestrel Foods").role());
    }

    @Test
    void chairmanOfTheBoardWorksForTheCompanyNotForTheBoard() {
        Extracted e = x("Dorvale Industries said its finance chief would leave. Maria Lopez, Chairman of the Board of "
                + "Directors, told staff on Monday.");
        e.requireFact(FactType.ROLE, "Maria Lopez", "Dorvale Industries");
        assertTrue(e.entity("Board of Directors").isEmpty(), e.names());
        Extracted supervisory = x("Jonas Weber, chairman of the supervisory board of Kestrel Foods, backed the plan.");
        assertEquals("chairman", supervisory.requireFact(FactType.ROLE, "Jonas Weber", "Kestrel Foods").role());
        Extracted before = x("Kestrel Foods named Chairman of the Board Anna Weiss as interim chief executive.");
        assertTrue(before.entity("Board").isEmpty() && before.entity("Board Anna Weiss").isEmpty(), before.names());
    }

    @Test
    void titleApposedToTheNameAfterItLeavesTheNameBeforeAnOrganization() {
        Extracted e = x("Norrland Tools agreed to buy Pexton Group. \"It fits Norrland Tools well,\" the company's chief "
                + "executive, Ronan Vale, said.");
        assertEquals(EntityType.ORGANIZATION, e.requireEntity("Norrland Tools").type(), e.names());
        assertEquals("CEO", e.requireFact(FactType.ROLE, "Ronan Vale", "Norrland Tools").role());
        Extracted chair = x("Brightwell Energy will expand in Texas, the company's chairman, Lila Marsh, said on Friday.");
        assertEquals(EntityType.ORGANIZATION, chair.requireEntity("Brightwell Energy").type(), chair.names());
        chair.requireFact(FactType.ROLE, "Lila Marsh", "Brightwell Energy");
        Extracted person = x("Jane Roe, the company's chief executive, said Brightwell Energy would grow.");
        assertEquals(EntityType.PERSON, person.requireEntity("Jane Roe").type(), person.names());
    }

    @Test
    void unlistedNameSetOffByCommasAfterATitleIsAPerson() {
        Extracted e = x("Brightwell Energy will grow, the company's chairman, Ysolde Marrick, said on Friday.");
        assertEquals(EntityType.PERSON, e.requireEntity("Ysolde Marrick").type(), e.names());
        e.requireFact(FactType.ROLE, "Ysolde Marrick", "Brightwell Energy");
        Extracted cfo = x("Kestrel Foods' finance chief, Oswin Tarrant, said margins held.");
        assertEquals(EntityType.PERSON, cfo.requireEntity("Oswin Tarrant").type(), cfo.names());
        Extracted company = x("\"Sales rose,\" said Oswin Tarrant, chair and CEO, Tidewater Logistics, in a statement.");
        assertEquals(EntityType.ORGANIZATION, company.requireEntity("Tidewater Logistics").type(), company.names());
    }

    @Test
    void courtesyWordsStayOutOfNames() {
        Extracted e = x("Mr. Brennan said the bank would grow. Dr. Ysolde Marrick said so too. Prof Oswin Tarrant agreed.");
        assertEquals(EntityType.PERSON, e.requireEntity("Brennan").type(), e.names());
        e.requireEntity("Ysolde Marrick");
        e.requireEntity("Oswin Tarrant");
    }

    @Test
    void ranksOpenANameAndStayOutOfIt() {
        Extracted e = x("Dorvale Industries won the order. CMD of Dorvale Industries Commodore Arun Pillai (retd) said "
                + "the order book had grown.");
        assertEquals("CMD", e.requireFact(FactType.ROLE, "Arun Pillai", "Dorvale Industries").role());
        Extracted lt = x("Kestrel Foods hired Lt. Ysolde Marrick as head of security.");
        assertTrue(lt.entity("Lt").isEmpty(), lt.names());
        lt.requireEntity("Ysolde Marrick");
        Extracted colonel = x("Ridgeway Bank chairman Colonel Oswin Tarrant said profits rose.");
        assertEquals(EntityType.PERSON, colonel.requireEntity("Oswin Tarrant").type(), colonel.names());
        colonel.requireFact(FactType.ROLE, "Oswin Tarrant", "Ridgeway Bank");
    }

    @Test
    void aMinisterOfSomethingIsNotGuessedToWorkForTheStorysCompany() {
        Extracted ar = x("وقعت شركة فودافون عقدا جديدا. وأفادت وزيرة الاتصالات، هيام الياسري، اليوم، بتوقيع العقد مع شركة فودافون.");
        assertTrue(ar.document().facts().stream().noneMatch(f -> f.type() == FactType.ROLE), ar.describeFacts());
        Extracted en = x("Kestrel Foods won the tender. Jane Roe, minister of trade, praised the bid.");
        assertTrue(en.fact(FactType.ROLE, "Jane Roe", "Kestrel Foods").isEmpty(), en.describeFacts());
        Extracted head = x("Kestrel Foods won the tender. Jane Roe, head of sales, praised the bid.");
        head.requireFact(FactType.ROLE, "Jane Roe", "Kestrel Foods");
    }

    @Test
    void commonGivenNamesOfEnglishNewsMakePersons() {
        Extracted e = x("Nigel Hartley and Siddharth Rao said Dorvale Industries would hire Oleg Petrov.");
        for (String name : new String[] {"Nigel Hartley", "Siddharth Rao", "Oleg Petrov"}) {
            assertEquals(EntityType.PERSON, e.requireEntity(name).type(), e.names());
        }
    }

    @Test
    void acceptingAPostAtAnOrganizationStartsTheJob() {
        Extracted e = x("Tom Hale has accepted the position of chief operating officer at Denver-based Ridgeway Bank.");
        assertEquals("COO", e.requireFact(FactType.EMPLOYMENT_START, "Tom Hale", "Ridgeway Bank").role());
        Extracted role = x("Last year Ana Ortiz accepted the role of head of sales at Kestrel Foods.");
        role.requireFact(FactType.EMPLOYMENT_START, "Ana Ortiz", "Kestrel Foods");
        Extracted post = x("Ravi Menon accepted a position as chief financial officer at Dorvale Industries.");
        assertEquals("CFO", post.requireFact(FactType.EMPLOYMENT_START, "Ravi Menon", "Dorvale Industries").role());
    }

    @Test
    void misdecodedQuotesAndApostrophesReadAsTheMarks() {
        Extracted e = x("âIt fits us well,â the companyâs chief executive, Ronan Vale, said of Norrland Tools.");
        assertTrue(e.entity("Vale").isEmpty() && e.entity("companyâs").isEmpty(), e.names());
        e.requireEntity("Ronan Vale");
        Extracted possessive = x("Norrland Toolsâs chairman Ronan Vale said the deal was done.");
        possessive.requireFact(FactType.ROLE, "Ronan Vale", "Norrland Tools");
        Extracted french = x("The château of Dorvale Industries was sold to Kestrel Foods.");
        assertTrue(french.entity("Dorvale Industries").isPresent(), french.names());
    }
}
