package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** Dates, counts and posts of departures, hires and layoffs. Texts written here. */
class EventAttributesTest {
    @Test
    void aDepartureWithoutADateOfItsOwnIsNewsOfThePublicationDay() {
        Extracted en = Extracted.of("Nimbus Labs said its chief executive Maria Olsen resigned.", "2023-03-14");
        assertEquals("2023-03-14", en.requireFact(FactType.EMPLOYMENT_END, "Maria Olsen", "Nimbus Labs").date().value());
    }

    @Test
    void aMonthSinceWhichAStateLastedDoesNotDateTheDeparture() {
        Extracted en = Extracted.of("Maria Olsen, who has been on medical leave since February, resigned from Nimbus Labs.",
                "2023-06-20");
        assertEquals("2023-06-20", en.requireFact(FactType.EMPLOYMENT_END, "Maria Olsen", "Nimbus Labs").date().value());
        Extracted ar = Extracted.of("أعلنت شركة نيمبوس استقالة رئيسها التنفيذي كريم حداد الذي كان في إجازة منذ شباط.",
                "2023-06-20");
        Fact left = ar.document().facts().stream().filter(f -> f.type() == FactType.EMPLOYMENT_END).findFirst()
                .orElseThrow(() -> new AssertionError(ar.describeFacts()));
        assertEquals("2023-06-20", left.date().value());
    }

    @Test
    void aLayoffWithoutADateIsNewsOfThePublicationDay() {
        Extracted en = Extracted.of("Rivet Motors is laying off 120 employees, the company said.", "2022-11-03");
        Fact f = en.requireFact(FactType.LAYOFF, "Rivet Motors", null);
        assertEquals("2022-11-03", f.date().value());
        assertEquals(120, f.count());
    }

    @Test
    void theCountOfALayoffIsThePartNotTheWhole() {
        assertEquals(75, Extracted.of("Rivet Motors laid off 75 of its 600 employees on Monday.", "2022-11-09")
                .requireFact(FactType.LAYOFF, "Rivet Motors", null).count());
        assertEquals(40, Extracted.of("Rivet Motors cut 40 out of 310 jobs.", "2022-11-09")
                .requireFact(FactType.LAYOFF, "Rivet Motors", null).count());
        Extracted ar = Extracted.of("سرحت شركة ريفت موتورز 90 من أصل 700 موظف.", "2022-11-09");
        Fact f = ar.document().facts().stream().filter(x -> x.type() == FactType.LAYOFF).findFirst()
                .orElseThrow(() -> new AssertionError(ar.describeFacts()));
        assertEquals(90, f.count());
    }

    @Test
    void aDepartureToldWithoutItsPostTakesTheTitleGivenElsewhere() {
        Extracted en = Extracted.of("Nimbus Labs chief financial officer Maria Olsen spoke at the event. "
                + "Olsen quit Nimbus Labs weeks later.", "2023-03-14");
        assertEquals("CFO", en.requireFact(FactType.EMPLOYMENT_END, "Maria Olsen", "Nimbus Labs").role());
    }

    @Test
    void aMonthInAMoveStillToComeIsTheNextSuchMonth() {
        Extracted en = Extracted.of("Maria Olsen will join Nimbus Labs as chief executive on March 1.", "2023-05-14");
        assertEquals("2024-03-01", en.requireFact(FactType.EMPLOYMENT_START, "Maria Olsen", "Nimbus Labs").date().value());
        Extracted ar = Extracted.of("أعلنت شركة نيمبوس أن كريم حداد سيصبح رئيسها التنفيذي من أول أيلول.", "2023-05-14");
        Fact f = ar.document().facts().stream().filter(x -> x.type() == FactType.EMPLOYMENT_START).findFirst()
                .orElseThrow(() -> new AssertionError(ar.describeFacts()));
        assertEquals("2023-09-01", f.date().value());
    }

    @Test
    void aReportedPriceIsTheAmountOfTheAcquisition() {
        Extracted en = Extracted.of("Oracle has acquired Nimbus Labs. Terms were not disclosed, but one newspaper reported "
                + "that Oracle paid about $40 million for the startup.", "2023-05-14");
        assertEquals(40_000_000L, en.requireFact(FactType.ACQUISITION, "Oracle", "Nimbus Labs").amount().value().longValue());
        Extracted named = Extracted.of("Oracle has acquired Nimbus Labs. Oracle paid $12 million for Nimbus Labs.", "2023-05-14");
        assertEquals(12_000_000L, named.requireFact(FactType.ACQUISITION, "Oracle", "Nimbus Labs").amount().value().longValue());
    }

    @Test
    void aDateBeforeTheSentencesCommaFramesEveryLayoffInIt() {
        Extracted en = Extracted.of("In March, Rivet Motors cut 300 jobs, while Nimbus Labs laid off 80 employees.", "2023-05-14");
        assertEquals("2023-03", en.requireFact(FactType.LAYOFF, "Nimbus Labs", null).date().value());
        Extracted ar = Extracted.of("وعلى سبيل المثال، في آذار، سرحت أمازون 300 موظف، وخفضت ميتا 80 وظيفة.", "2023-05-14");
        assertEquals(2, ar.document().facts().stream().filter(f -> f.type() == FactType.LAYOFF
                && f.date() != null && f.date().value().equals("2023-03")).count(), ar.describeFacts());
    }

    @Test
    void thePredecessorLeavesOnTheHandoverDayNamedAfterHim() {
        Extracted en = Extracted.of("Nimbus Labs named Maria Olsen chief executive, taking over from Karl Berg on June 16.",
                "2023-06-02");
        assertEquals("2023-06-16", en.requireFact(FactType.EMPLOYMENT_END, "Karl Berg", "Nimbus Labs").date().value());
        Extracted ar = Extracted.of("أكدت شركة أمازون أن جون سميث سيصبح مديرها التنفيذي اعتبارا من أول أيلول، ليحل محل مارك ديفيس الذي تنحى.",
                "2023-06-02");
        Fact left = ar.document().facts().stream().filter(f -> f.type() == FactType.EMPLOYMENT_END).findFirst()
                .orElseThrow(() -> new AssertionError(ar.describeFacts()));
        assertEquals("2023-06-02", left.date().value());
    }

    @Test
    void aMoveTakesEffectOnTheDayItHoldsFromNotTheDayItWasDecided() {
        Extracted ar = Extracted.of("وأقر مجلس إدارة شركة نيمبوس يوم الأحد 3/11/2019 تعيين كريم حداد رئيساً تنفيذياً للشركة "
                + "اعتباراً من يوم الأحد 17/11/2019.", "2020-02-01");
        assertEquals("2019-11-17", ar.requireFactByAlias(FactType.EMPLOYMENT_START, "كريم حداد", "نيمبوس").date().value());
        Extracted en = Extracted.of("Maria Olsen was named Tuesday as chief executive of Nimbus Labs, effective October 1.",
                "2023-09-14");
        assertEquals("2023-10-01", en.requireFact(FactType.EMPLOYMENT_START, "Maria Olsen", "Nimbus Labs").date().value());
        Extracted asOf = Extracted.of("Maria Olsen was named Tuesday as the new CEO of Nimbus Labs, succeeding Karl Berg as of "
                + "October 1.", "2023-09-14");
        assertEquals("2023-10-01", asOf.requireFact(FactType.EMPLOYMENT_START, "Maria Olsen", "Nimbus Labs").date().value());
        assertEquals("2023-10-01", asOf.requireFact(FactType.EMPLOYMENT_END, "Karl Berg", "Nimbus Labs").date().value());
    }

    @Test
    void withoutAnEffectiveDayTheNearestDateStays() {
        Extracted en = Extracted.of("Maria Olsen, who joined Vela Bank on March 3, was named chief executive of Nimbus Labs on "
                + "Tuesday.", "2023-09-14");
        assertEquals("2023-09-12", en.requireFact(FactType.EMPLOYMENT_START, "Maria Olsen", "Nimbus Labs").date().value());
    }

    @Test
    void anEffectiveDayInAClauseWithItsOwnSubjectIsNotTheMoves() {
        Extracted en = Extracted.of("Corvant Foods named Lena Marsh chief executive on Monday, and its new prices apply "
                + "effective August 1.", "2023-06-14");
        assertEquals("2023-06-12", en.requireFact(FactType.EMPLOYMENT_START, "Lena Marsh", "Corvant Foods").date().value());
    }

    @Test
    void aRoundupLeadDatesTheLayoffsOfTheCompaniesItNames() {
        Extracted en = Extracted.of("Logistics firms shed staff this March, among them Nimbus Labs, Vela Freight and Orbit "
                + "Rail. Vela Freight laid off about 450 employees at its northern depots.", "2023-04-06");
        assertEquals("2023-03", en.requireFact(FactType.LAYOFF, "Vela Freight", null).date().value());
        // a lead naming one company is its own story, not a roundup; a company it does not name keeps the day
        Extracted one = Extracted.of("Nimbus Labs shed staff this March. Vela Freight laid off about 450 employees.", "2023-04-06");
        assertEquals("2023-04-06", one.requireFact(FactType.LAYOFF, "Vela Freight", null).date().value());
        Extracted other = Extracted.of("Logistics firms shed staff this March, among them Nimbus Labs and Orbit Rail. "
                + "Vela Freight laid off about 450 employees.", "2023-04-06");
        assertEquals("2023-04-06", other.requireFact(FactType.LAYOFF, "Vela Freight", null).date().value());
    }

    @Test
    void aLeadTellingNoLayoffsDatesNoLaterLayoff() {
        // a deal's lead names two companies and a day, but the cuts told next are not of that day
        Extracted deal = Extracted.of("Vela Freight agreed on 4 February 2023 to buy a stake in Orbit Rail.\n"
                + "Orbit Rail previously cut 300 jobs.", "2023-04-06");
        assertEquals("2023-04-06", deal.requireFact(FactType.LAYOFF, "Orbit Rail", null).date().value());
        Extracted signed = Extracted.of("Nimbus Labs and Orbit Rail signed a supply contract on 9 March 2023. "
                + "Orbit Rail laid off 80 workers.", "2023-04-06");
        assertEquals("2023-04-06", signed.requireFact(FactType.LAYOFF, "Orbit Rail", null).date().value());
        // the same lead with a layoff word is a roundup again
        Extracted cuts = Extracted.of("Nimbus Labs and Orbit Rail announced layoffs on 9 March 2023. "
                + "Orbit Rail laid off 80 workers.", "2023-04-06");
        assertEquals("2023-03-09", cuts.requireFact(FactType.LAYOFF, "Orbit Rail", null).date().value());
    }

    @Test
    void aGenericDirectorYieldsToThePostNamedElsewhere() {
        Extracted ar = Extracted.of("أعلنت شركة أمازون استقالة مديرها جون سميث. وكان جون سميث الرئيس التنفيذي لأمازون منذ 2015.",
                "2023-06-02");
        assertEquals("CEO", ar.requireFact(FactType.EMPLOYMENT_END, "John Smith", "Amazon").role());
    }

    @Test
    void steppingAsideIsADeparture() {
        Extracted en = Extracted.of("Nimbus Labs chief executive Maria Olsen is stepping aside after ten years.", "2023-06-02");
        Fact f = en.requireFact(FactType.EMPLOYMENT_END, "Maria Olsen", "Nimbus Labs");
        assertEquals("CEO", f.role());
        assertEquals("2023-06-02", f.date().value());
    }

    @Test
    void theDayOfAHandoverToldLaterDatesTheDeparture() {
        Extracted en = Extracted.of("Nimbus Labs named Maria Olsen chief executive, replacing Karl Berg. "
                + "She will take over from Berg on June 16.", "2023-06-02");
        assertEquals("2023-06-16", en.requireFact(FactType.EMPLOYMENT_END, "Karl Berg", "Nimbus Labs").date().value());
    }

    @Test
    void aSumToldAgainIsTheDealDatedWhereItWasFirstTold() {
        Extracted en = Extracted.of("Nimbus Labs closed on $12 million in deals announced in November. "
                + "Nimbus Labs raised some $12 million in venture funding from Oracle.", "2023-06-02");
        assertEquals("2022-11", en.requireFact(FactType.INVESTMENT, "Oracle", "Nimbus Labs").date().value());
    }

    @Test
    void investorsNamedLaterTakeTheRoundsDate() {
        Extracted en = Extracted.of("Nimbus Labs raised $20 million in March. Investors in the round included Oracle.",
                "2023-06-02");
        assertEquals("2023-03", en.requireFact(FactType.INVESTMENT, "Oracle", "Nimbus Labs").date().value());
    }

    @Test
    void aSumRaisedInAllIsNoRound() {
        Extracted en = Extracted.of("Rivet Motors, which has raised $39 million in all, is testing two products.", "2023-06-02");
        assertEquals(0, en.document().facts().stream().filter(f -> f.type() == FactType.FUNDING_ROUND).count(),
                en.describeFacts());
    }

    @Test
    void aStartTheTextDatesIsWhenItBegan() {
        Extracted en = Extracted.of("Nimbus Labs named Maria Olsen chief executive. Olsen joined Nimbus Labs in 2004.",
                "2023-06-02");
        assertEquals("2004", en.requireFact(FactType.EMPLOYMENT_START, "Maria Olsen", "Nimbus Labs").date().value());
    }
}
