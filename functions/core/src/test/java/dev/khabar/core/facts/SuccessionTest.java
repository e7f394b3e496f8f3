package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** Hires and departures: successions, posts taken or left, changes of post, future moves, speakers. */
class SuccessionTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void replacingEndsThePredecessorsPostAtTheSameCompany() {
        Extracted e = x("Halden Bank said Maria Lopez will become its chief executive, replacing Peter Hall.");
        assertEquals("CEO", e.requireFact(FactType.EMPLOYMENT_START, "Maria Lopez", "Halden Bank").role());
        assertEquals("CEO", e.requireFact(FactType.EMPLOYMENT_END, "Peter Hall", "Halden Bank").role());
    }

    @Test
    void futureHireIsNotYetARole() {
        Extracted e = x("Halden Bank said Maria Lopez will become its chief executive, replacing Peter Hall.");
        assertTrue(e.fact(FactType.ROLE, "Maria Lopez", "Halden Bank").isEmpty(), e.describeFacts());
    }

    @Test
    void arabicSuccessionWithPossessiveTitle() {
        Extracted e = x("أعلنت شركة مايكروسوفت أن جون سميث سيصبح مديرها التنفيذي، ليحل محل ديفيد براون الذي تنحى من منصبه.");
        assertEquals("CEO", e.requireFact(FactType.EMPLOYMENT_START, "John Smith", "Microsoft").role());
        assertEquals("CEO", e.requireFact(FactType.EMPLOYMENT_END, "David Braon", "Microsoft").role());
    }

    @Test
    void resigningFromAStatedPostLeavesIt() {
        Extracted e = x("قال جون سميث إنه سيستقيل من منصبه كرئيس تنفيذي لمايكروسوفت.");
        assertEquals("CEO", e.requireFact(FactType.EMPLOYMENT_END, "John Smith", "Microsoft").role());
    }

    @Test
    void leaverNamedWithTitleLeavesThatTitlesCompany() {
        Extracted e = x("Orbit Labs grew fast. Halden Bank's chief financial officer Maria Lopez resigned on Monday.");
        e.requireFact(FactType.EMPLOYMENT_END, "Maria Lopez", "Halden Bank");
        assertTrue(e.fact(FactType.EMPLOYMENT_END, "Maria Lopez", "Orbit Labs").isEmpty(), e.describeFacts());
    }

    @Test
    void changeOfPostInsideTheCompanyIsOnlyTheCurrentRole() {
        Extracted e = x("قال البيان إن جون سميث، المدير المالي لشركة مايكروسوفت، سيتولى منصب الرئيس التنفيذي مؤقتا.");
        assertEquals("CFO", e.requireFact(FactType.ROLE, "John Smith", "Microsoft").role());
        assertTrue(e.fact(FactType.EMPLOYMENT_START, "John Smith", "Microsoft").isEmpty(), e.describeFacts());
    }

    @Test
    void quotedSpeakerIsNotTheHire() {
        Extracted e = x("\"Demand doubled, so the company hired aggressively,\" Maria Lopez said of Halden Bank.");
        assertTrue(e.fact(FactType.EMPLOYMENT_START, "Maria Lopez", "Halden Bank").isEmpty(), e.describeFacts());
    }

    @Test
    void takingUpAPostInThePastIsAlsoARole() {
        Extracted e = x("منذ تولي جون سميث منصب الرئيس التنفيذي لمايكروسوفت تغيرت الخطط.");
        e.requireFact(FactType.EMPLOYMENT_START, "John Smith", "Microsoft");
    }

    @Test
    void possessorOfADepartureNounIsTheLeaver() {
        Extracted e = x("Orbit Labs reorganized its software group before Halden Bank's departure from the index, Maria Lopez said.");
        assertTrue(e.fact(FactType.EMPLOYMENT_END, "Maria Lopez", "Orbit Labs").isEmpty(), e.describeFacts());
    }

    @Test
    void nisbaAdjectiveIsNotALeavingVerb() {
        Extracted e = x("قال رجل الأعمال تركي الفيصل، رئيس مجلس إدارة مايكروسوفت، إن النتائج جيدة.");
        assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.EMPLOYMENT_END), e.describeFacts());
    }

    @Test
    void postTakenWithoutEmployerIsAtTheSentencesCompany() {
        Extracted e = x("وبحسب إفصاحات قدمتها \"مايكروسوفت\"، تغيرت الخطط منذ تولي \"جون سميث\" منصب الرئيس التنفيذي.");
        assertEquals("CEO", e.requireFact(FactType.EMPLOYMENT_START, "John Smith", "Microsoft").role());
    }

    @Test
    void pluralPostsHeldAreAnUntitledRoleNotAHire() {
        Extracted e = x("وقالت الشركة إن جون سميث اكتسب خبرة على مدار 20 عاما تولى فيها مناصب قيادية في سابك.");
        assertEquals(null, e.requireFact(FactType.ROLE, "John Smith", "SABIC").role());
        assertTrue(e.fact(FactType.EMPLOYMENT_START, "John Smith", "SABIC").isEmpty(), e.describeFacts());
    }

    @Test
    void futureBoardSeatIsAHireAsBoardMember() {
        Extracted e = x("وقال براد سميث، الذي سيشغل مقعدًا في مجلس إدارة أرامكو، إن الشراكة مهمة.");
        assertEquals("board member", e.requireFact(FactType.EMPLOYMENT_START, "Brad Smith", "Saudi Aramco").role());
    }

    @Test
    void passiveHireWithoutByTakesTheTitlesEmployer() {
        Extracted e = x("Nadia Brooks has been named chief executive of Microsoft.");
        assertEquals("CEO", e.requireFact(FactType.EMPLOYMENT_START, "Nadia Brooks", "Microsoft").role());
    }

    @Test
    void arabicPassiveAppointmentTakesTheTitlesEmployer() {
        Extracted e = x("أعلنت أرامكو نتائجها. وتم تعيين جون سميث رئيسا تنفيذيا لشركة مايكروسوفت.");
        e.requireFact(FactType.EMPLOYMENT_START, "John Smith", "Microsoft");
        assertTrue(e.fact(FactType.EMPLOYMENT_START, "John Smith", "Saudi Aramco").isEmpty(), e.describeFacts());
    }

    @Test
    void newcomersEarlierTitleIsNotThePostTaken() {
        Extracted e = x("Former Intel CEO Pat Gelsinger joined Nvidia as an adviser.");
        assertEquals("adviser", e.requireFact(FactType.EMPLOYMENT_START, "Pat Gelsinger", "Nvidia").role());
        assertEquals("CEO", e.requireFact(FactType.ROLE, "Pat Gelsinger", "Intel").role());
    }

    @Test
    void leaverNamedWithTitleHeldIt() {
        Extracted e = x("Amazon fired its chief technology officer Werner Vogels.");
        assertEquals("CTO", e.requireTitle("Werner Vogels", "Amazon").role());
    }

    @Test
    void titlesOfListedLeaversAreNotRoles() {
        Extracted e = x("غادر عدد من الموظفين شركة مايكروسوفت. وكان من أبرز المغادرين الباحث جون سميث والمهندس ديفيد براون.");
        e.requireFact(FactType.EMPLOYMENT_END, "John Smith", "Microsoft");
        assertTrue(e.fact(FactType.ROLE, "John Smith", "Microsoft").isEmpty(), e.describeFacts());
    }

    @Test
    void wouldSucceedEndsThePredecessor() {
        Extracted e = x("Microsoft announced that Nadia Brooks would succeed Peter Hall as chief executive.");
        e.requireFact(FactType.EMPLOYMENT_START, "Nadia Brooks", "Microsoft");
        assertEquals("CEO", e.requireFact(FactType.EMPLOYMENT_END, "Peter Hall", "Microsoft").role());
    }

    @Test
    void boardThatFiresIsNotABoardSeat() {
        Extracted e = x("أقال مجلس إدارة مايكروسوفت الرئيس التنفيذي جون سميث.");
        assertEquals("CEO", e.requireFact(FactType.EMPLOYMENT_END, "John Smith", "Microsoft").role());
    }

    @Test
    void arabicVerbSubjectThenPostAsObject() {
        Extracted e = x("وتولى خالد الفيصل رئاسة مجلس إدارة سابك في 2019.");
        assertEquals("chairman", e.requireFact(FactType.EMPLOYMENT_START, "Khaled Al-Fisl", "SABIC").role());
    }

    @Test
    void unnamedTitledLeaverIsTheOnePersonToldToHaveLeft() {
        Extracted e = x("Nadia Brooks no longer works for Microsoft. Microsoft's chief technology officer has resigned her "
                + "position, days after CEO Peter Hall announced his plans.");
        assertEquals("CTO", e.requireFact(FactType.EMPLOYMENT_END, "Nadia Brooks", "Microsoft").role());
        assertTrue(e.fact(FactType.EMPLOYMENT_END, "Peter Hall", "Microsoft").isEmpty(), e.describeFacts());
    }

    @Test
    void unnamedTitledLeaverAmongSeveralLeaversIsNotGuessed() {
        Extracted e = x("Nadia Brooks no longer works for Microsoft. Peter Hall left Microsoft in May. "
                + "Microsoft's chief technology officer has resigned.");
        assertTrue(e.fact(FactType.ROLE, "Nadia Brooks", "Microsoft").isEmpty(), e.describeFacts());
        assertTrue(e.fact(FactType.ROLE, "Peter Hall", "Microsoft").isEmpty(), e.describeFacts());
    }

    @Test
    void titleAfterTheNamedPersonIsThePostTaken() {
        Extracted e = x("Halden Bank named Nadia Brooks CEO and board member on Monday.");
        assertEquals("CEO", e.requireFact(FactType.EMPLOYMENT_START, "Nadia Brooks", "Halden Bank").role());
    }

    @Test
    void predecessorHeldThePostTheNewcomerTakes() {
        Extracted e = x("Halden Bank said Maria Lopez will become its chief executive, replacing Peter Hall.");
        assertEquals("CEO", e.requireTitle("Peter Hall", "Halden Bank").role());
        Extracted f = x("Orbit Labs named Maria Lopez as chief financial officer, succeeding Peter Hall.");
        assertEquals("CFO", f.requireTitle("Peter Hall", "Orbit Labs").role());
        Extracted g = x("أعلنت شركة مايكروسوفت أن جون سميث سيصبح مديرها التنفيذي، ليحل محل ديفيد براون الذي تنحى من منصبه.");
        assertEquals("CEO", g.requireTitle("David Braon", "Microsoft").role());
    }

    @Test
    void replacedWithoutAStatedPostGetsNoRole() {
        Extracted e = x("Halden Bank hired Maria Lopez last week, replacing Peter Hall.");
        assertTrue(e.fact(FactType.ROLE, "Peter Hall", "Halden Bank").isEmpty(), e.describeFacts());
    }

    @Test
    void quotedNameAfterItsTitleLeavesThatPost() {
        Extracted e = x("أعلنت شركة مايكروسوفت أن رئيس مجلس إدارتها \"جون سميث\" قرر التنحي عن منصبه.");
        assertEquals("chairman", e.requireFact(FactType.EMPLOYMENT_END, "John Smith", "Microsoft").role());
        Extracted f = x("قالت شركة أبل إن مديرها التنفيذي «ديفيد براون» استقال من الشركة.");
        assertEquals("CEO", f.requireFact(FactType.EMPLOYMENT_END, "David Braon", "Apple").role());
        Extracted g = x("Orbit Labs said its chief technology officer \"Maria Lopez\" resigned on Monday.");
        assertEquals("CTO", g.requireFact(FactType.EMPLOYMENT_END, "Maria Lopez", "Orbit Labs").role());
    }

    @Test
    void pronounSuccessorLeavesThePredecessorTheHiresPost() {
        Extracted e = x("Microsoft named Peter Hall as its chief technology officer. He succeeds Jane Roe, who plans to retire.");
        assertEquals("CTO", e.requireFact(FactType.EMPLOYMENT_END, "Jane Roe", "Microsoft").role());
        assertTrue(e.fact(FactType.ROLE, "Jane Roe", "Microsoft").isEmpty(), e.describeFacts()); // the departure carries the post
        Extracted f = x("Apple hired Maria Lopez as chief financial officer. She replaces Peter Hall.");
        assertEquals("CFO", f.requireFact(FactType.EMPLOYMENT_END, "Peter Hall", "Apple").role());
        Extracted g = x("Halden Bank appointed Maria Lopez as president on Monday. She succeeds John Smith.");
        assertEquals("president", g.requireTitle("John Smith", "Halden Bank").role());
    }

    @Test
    void pronounSuccessionWithoutAHireBeforeTellsNoPost() {
        Extracted e = x("Microsoft grew fast last year. He succeeds Jane Roe, who plans to retire.");
        assertTrue(e.fact(FactType.ROLE, "Jane Roe", "Microsoft").isEmpty(), e.describeFacts());
    }
}
