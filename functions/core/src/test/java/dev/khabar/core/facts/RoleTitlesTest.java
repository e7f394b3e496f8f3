package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Titles before names, in appositions and possessives, with the employer found in the phrase or the story. */
class RoleTitlesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void titleBeforeNameWithoutEmployerIsHeldAtTheStoryCompany() {
        Extracted e = x("Orbitel Networks cut its forecast on Tuesday. Orbitel Networks shares fell 4%. "
                + "The slump came under chief executive officer Dana Whitfield, who took over last year.");
        assertEquals("CEO", e.requireFact(FactType.ROLE, "Dana Whitfield", "Orbitel Networks").role());
    }

    @Test
    void titleWithCofounderSplitsIntoRoleAndFounded() {
        Extracted e = x("Pelican Robotics is hiring again. CTO and cofounder Amir Haddad left in March to start a lab.");
        assertEquals("CTO", e.requireTitle("Amir Haddad", "Pelican Robotics").role());
        e.requireFact(FactType.FOUNDED, "Amir Haddad", "Pelican Robotics");
    }

    @Test
    void coordinatedTitlesShareThePossessiveEmployer() {
        Extracted e = x("Brightwave raised money this spring. The Boston-based startup's founder Lena Ortiz and "
                + "president Omar Castillo met investors in May.");
        e.requireFact(FactType.FOUNDED, "Lena Ortiz", "Brightwave");
        assertEquals("president", e.requireFact(FactType.ROLE, "Omar Castillo", "Brightwave").role());
    }

    @Test
    void organizationPossessiveBeforePersonAndFormerApposedTitle() {
        Extracted e = x("Kestrel Ventures's Tomas Lindqvist, previously the CFO of Harbor Pay, will join the board of Marlow Health.");
        e.requireFact(FactType.ROLE, "Tomas Lindqvist", "Kestrel Ventures");
        assertEquals("CFO", e.requireFact(FactType.ROLE, "Tomas Lindqvist", "Harbor Pay").role());
    }

    @Test
    void analystTakesTheEmployerAfterTheName() {
        Extracted e = x("Analyst Priya Natarajan with Halden Capital Markets said demand was soft.");
        e.requireFact(FactType.ROLE, "Priya Natarajan", "Halden Capital Markets");
    }

    @Test
    void aJournalistsTitleTiesTheReporterToTheOutlet() {
        String[][] bylines = {
                {"Halden Times reporter Priya Natarajan said the talks had stalled.", "Priya Natarajan", "Halden Times", "reporter"},
                {"Omar Haddad, a Kestrel News columnist, wrote that prices would fall.", "Omar Haddad", "Kestrel News", "columnist"},
                {"Anna Berg, a correspondent for Orbit Wire, reported the deal first.", "Anna Berg", "Orbit Wire", "correspondent"}};
        for (String[] b : bylines) {
            assertTrue(x(b[0]).requireFact(FactType.ROLE, b[1], b[2]).role().contains(b[3]), b[0]);
        }
    }

    @Test
    void personsJoinedByAndBeforeAPluralTitleEachHoldIt() {
        Extracted ceos = x("Priya Natarajan and Omar Haddad have been interim co-chief executive officers of Halden Bank since May.");
        for (String person : List.of("Priya Natarajan", "Omar Haddad")) {
            assertEquals("co-CEO", ceos.requireFact(FactType.ROLE, person, "Halden Bank").role());
        }
        Extracted directors = x("Anna Berg, Tom Reed and Dana Pike are managing directors of Kestrel Freight.");
        assertEquals("managing director", directors.requireFact(FactType.ROLE, "Dana Pike", "Kestrel Freight").role());
        directors.requireFact(FactType.ROLE, "Anna Berg", "Kestrel Freight");
        Extracted founders = x("Anna Berg and Tom Reed are the co-founders of Orbit Labs.");
        founders.requireFact(FactType.FOUNDED, "Tom Reed", "Orbit Labs");
        founders.requireFact(FactType.FOUNDED, "Anna Berg", "Orbit Labs");
    }

    @Test
    void aChiefOfficersTitleWhoseWordsAreNoTitlesAloneKeepsItsEmployer() {
        // "human", "resources", "revenue", "information" name no title alone: the title must not end at "chief"
        Extracted hr = x("Delta Telecom grew again. Linda Park was chief human resources officer of Gamma Holdings until May.");
        assertEquals("chief human resources officer", hr.requireFact(FactType.ROLE, "Linda Park", "Gamma Holdings").role());
        Extracted revenue = x("Orbitel Networks lost a client. Omar Castillo, chief revenue officer of Brightwave, said so.");
        assertEquals("chief revenue officer", revenue.requireFact(FactType.ROLE, "Omar Castillo", "Brightwave").role());
        Extracted security = x("Harbor Robotics hired again. Dana Whitfield is chief information security officer of "
                + "Pelican Robotics.");
        assertEquals("chief information security officer", security.requireFact(FactType.ROLE, "Dana Whitfield", "Pelican Robotics").role());
    }

    @Test
    void aChiefOfAnyFieldClosedByOfficerIsOneTitle() {
        // "lending", "people" and "growth officer" are in no table of titles: "chief … officer" makes them one
        Extracted lending = x("Harlow Credit will name its chief lending officer Petra Vance as head of the new unit.");
        assertEquals("chief lending officer", lending.requireFact(FactType.ROLE, "Petra Vance", "Harlow Credit").role());
        Extracted people = x("Orbit Labs lost Tom Reed, its chief people officer, in April.");
        assertEquals("chief people officer", people.requireTitle("Tom Reed", "Orbit Labs").role());
        // "chief of staff" names its office with "of": no officer closes it, so it stays as it was
        Extracted staff = x("Dana Pike, chief of staff at Kestrel Freight, said costs fell.");
        assertTrue(staff.requireTitle("Dana Pike", "Kestrel Freight").role().startsWith("chief"), staff.describeFacts());
    }

    @Test
    void aFieldWrittenSmallBeforeATitleWordCompletesTheTitleAfterOf() {
        // "wholesale" names no title: without it the title stopped at "chief" and the name after it was no person
        Extracted x = x("Tessaro Bank's chief of wholesale operations, R.T. Olsen, said margins fell.");
        assertEquals("chief of wholesale operations", x.requireFact(FactType.ROLE, "R.T. Olsen", "Tessaro Bank").role());
        Extracted company = x("Dana Pike, the president of the company, said Kestrel Freight would grow.");
        assertTrue(company.requireFact(FactType.ROLE, "Dana Pike", "Kestrel Freight").role().equals("president"),
                company.describeFacts());
    }

    @Test
    void mdIsStoredAsManagingDirectorAndCmdStaysWhole() {
        Extracted joint = x("Kestrel Bank named a new leader. Anup Rao took over as the MD and CEO of Kestrel Bank in June.");
        assertEquals("managing director and CEO", joint.requireFact(FactType.EMPLOYMENT_START, "Anup Rao", "Kestrel Bank")
                .role());
        Extracted apposed = x("Orbit Capital raised a fund. Sara Lind, MD of Orbit Capital, said demand was strong.");
        assertEquals("managing director", apposed.requireFact(FactType.ROLE, "Sara Lind", "Orbit Capital").role());
        Extracted hired = x("Kestrel Freight appointed Dana Pike as MD in March.");
        assertEquals("managing director", hired.requireFact(FactType.EMPLOYMENT_START, "Dana Pike", "Kestrel Freight")
                .role());
        // "CMD" (chairman and managing director) is one title of its own, not "MD" with a letter before it
        Extracted cmd = x("Halden Steel posted a profit. Ravi Menon, CMD of Halden Steel, said exports grew.");
        assertEquals("CMD", cmd.requireFact(FactType.ROLE, "Ravi Menon", "Halden Steel").role());
    }

    @Test
    void thePresssBossIsStoredAsHead() {
        Extracted before = x("Shares rose after supportive words from Kestrel Bank boss Anna Berg, who praised the plan.");
        assertEquals("head", before.requireFact(FactType.ROLE, "Anna Berg", "Kestrel Bank").role());
        Extracted apposed = x("The boss of Orbit Labs, Tom Reed, said the service would launch in May.");
        assertEquals("head", apposed.requireFact(FactType.ROLE, "Tom Reed", "Orbit Labs").role());
        Extracted nobody = x("Orbit Labs hired a new boss in May.");
        assertTrue(nobody.document().facts().isEmpty(), nobody.describeFacts());
    }

    @Test
    void analystWithoutEmployerIsNotGuessed() {
        Extracted e = x("Orbitel Networks reported results. Analyst Priya Natarajan said demand was soft.");
        assertTrue(e.fact(FactType.ROLE, "Priya Natarajan", "Orbitel Networks").isEmpty(), e.describeFacts());
    }

    @Test
    void companysChiefExecutiveAfterSaid() {
        Extracted e = x("Vantor Systems agreed to a deal with Lumen Works. \"We are pleased,\" said Harriet Quinn, "
                + "the company's chief executive.");
        e.requireFact(FactType.ROLE, "Harriet Quinn", "Vantor Systems");
    }

    @Test
    void titledNameFollowedByOrganizationInCommas() {
        Extracted e = x("\"It was a good year,\" said Marcus Bell, chair and CEO, Tidewater Logistics, in a statement.");
        Fact f = e.requireFact(FactType.ROLE, "Marcus Bell", "Tidewater Logistics");
        assertTrue(f.role().contains("CEO"), f.role());
    }

    @Test
    void arabicTitleThenHonorificThenName() {
        Extracted e = x("وقال الرئيس التنفيذي لشركة أرامكو السعودية المهندس أمين الناصر إن الطلب قوي.");
        e.requireFact(FactType.ROLE, "Amin Nasser", "Saudi Aramco");
    }

    @Test
    void futureAppointmentTakesTheTitleAfterTheVerb() {
        Extracted e = x("Karen Marsh will become the chief operating officer of Quarry Labs in June.");
        Fact f = e.requireFact(FactType.EMPLOYMENT_START, "Karen Marsh", "Quarry Labs");
        assertEquals("COO", f.role());
    }

    @Test
    void joiningABoardMakesABoardMember() {
        Extracted e = x("Nadia Kerr joined the board of Fenwick Biosciences last week.");
        assertEquals("board member", e.requireFact(FactType.EMPLOYMENT_START, "Nadia Kerr", "Fenwick Biosciences").role());
    }

    @Test
    void arabicTakingUpAPostAndHeadOfACompany() {
        Extracted start = x("وتولى سامي الخطيب منصب الرئيس التنفيذي لشركة أرامكو السعودية في مارس الماضي.");
        String aramco = start.requireEntity("Saudi Aramco").id();
        Fact f = start.document().facts().stream()
                .filter(g -> g.type() == FactType.EMPLOYMENT_START && g.object().equals(aramco)).findFirst()
                .orElseThrow(() -> new AssertionError(start.describeFacts()));
        assertEquals("CEO", f.role());
        Extracted head = x("وقال رئيس أمازون سامي الخطيب إن الطلب قوي.");
        String amazon = head.requireEntity("Amazon").id();
        assertTrue(head.document().facts().stream().anyMatch(g -> g.type() == FactType.ROLE && g.object().equals(amazon)
                && "president".equals(g.role())), head.describeFacts());
    }

    @Test
    void arabicAccusativeTitleAfterNameBelongsToThatName() {
        Extracted e = x("وأعلنت شركة أرامكو السعودية أنه سيصبح سامي الخطيب رئيسا غير تنفيذي لمجلس الإدارة.");
        String aramco = e.requireEntity("Saudi Aramco").id();
        assertTrue(e.document().facts().stream().anyMatch(g -> (g.type() == FactType.ROLE || g.type() == FactType.EMPLOYMENT_START)
                && g.object().equals(aramco)
                && "non-executive chairman".equals(g.role())), e.describeFacts());
    }

    @Test
    void anAbbreviationTwoOfficesShareKeepsTheTitlesWords() {
        assertEquals("chief people officer", roles("Mara Jensen, chief people officer of Orbitel Networks, said hiring slowed.").toLowerCase());
        assertEquals("chief people officer", roles("Oskar Brandt, the chief people officer at Halden Bank, said staff grew.").toLowerCase());
        assertEquals("CPO", roles("Lena Ortiz, chief product officer of Brightwave, said sales rose."));
    }

    @Test
    void anArabicChairwomanHoldsTheChairmansOffice() {
        assertEquals("chairman", roles("قالت هدى العتيبي، رئيسة مجلس إدارة أرامكو، إن المبيعات زادت."));
        assertEquals("chairman", roles("قالت فاطمة الكعبي، رئيسة مجلس إدارة سامسونج، إن المبيعات زادت."));
        assertEquals("chairman", roles("وأكدت سارة الشمري رئيسة مجلس إدارة مجموعة نماء أن الخطة مستمرة."));
    }

    /** The roles of a text's ROLE facts, joined. */
    private static String roles(String text) {
        return String.join("|", x(text).document().facts().stream().filter(f -> f.type() == FactType.ROLE).map(Fact::role).toList());
    }

    @Test
    void twoOfficesWrittenWithoutTheirAndAreOneTitle() {
        // «العضو المنتدب الرئيس التنفيذي»: the managing director who is also chief executive
        Extracted e = x("وأوضح ماهر العطار، العضو المنتدب الرئيس التنفيذي لهيئة موانئ الشمال، أن الأعمال تسير وفق الخطة.");
        assertEquals("CEO", e.requireFactByAlias(FactType.ROLE, "ماهر العطار", "هيئة موانئ الشمال").role());
    }
}
