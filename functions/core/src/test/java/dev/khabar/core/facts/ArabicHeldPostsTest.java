package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «يشغل منصب الرئيس التنفيذي لشركة Y»: the holder is named between, before, or earlier in the sentence. */
class ArabicHeldPostsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وكان خالد العتيبي يشغل منصب الرئيس التنفيذي لشركة سابك قبل انتقاله.|خالد العتيبي|SABIC|CEO",
            "ويشغل محمد الشمري حاليا منصب المدير المالي لشركة أرامكو السعودية منذ سنوات.|محمد الشمري|Saudi Aramco|CFO",
            "انضم سامي الحربي إلى مجلس إدارة البنك في 2019، وكان يشغل منصب الرئيس التنفيذي لشركة سابك.|سامي الحربي|SABIC|CEO",
            "وتشغل نورة الدوسري حاليا منصب المدير المالي لشركة أرامكو السعودية.|نورة الدوسري|Saudi Aramco|CFO"})
    void theHolderOfAPostNamedAfterMansibHoldsIt(String text, String person, String org, String role) {
        Extracted x = Extracted.of(text, "2025-01-01");
        String p = x.withAlias(person).id();
        String o = x.withAlias(org).id();
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.ROLE && f.subject().equals(p)
                && o.equals(f.object()) && role.equals(f.role())), x.document().facts().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "انضم سامي الحربي إلى مجلس إدارة شركة سابك في 2019، وكان يشغل منصب الرئيس التنفيذي ورئيس مجلس إدارة مجموعة إنديتكس.|سامي الحربي|Inditex|SABIC",
            "انضم خالد العمري إلى شركة أرامكو السعودية العام الماضي، وكان يشغل منصب المدير المالي لشركة سابك.|خالد العمري|SABIC|Saudi Aramco"})
    void aHeldPostIsAtItsOwnCompanyNotTheOneJoined(String text, String person, String held, String joined) {
        Extracted x = Extracted.of(text, "2025-01-01");
        String p = x.withAlias(person).id();
        String h = x.withAlias(held).id();
        String j = x.withAlias(joined).id();
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.ROLE && f.subject().equals(p)
                && h.equals(f.object())), x.document().facts().toString());
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.ROLE && f.subject().equals(p)
                && j.equals(f.object())), x.document().facts().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "عينت شركة سابك المهندس فهد القحطاني مديرا للعمليات. وهو يشغل حاليا منصب الرئيس التنفيذي لشركة \"معادن\" السعودية.|فهد القحطاني|معادن|CEO",
            "انضم أحمد الزهراني إلى مجلس إدارة بنك الرياض. وكان يشغل منصب المدير المالي لشركة أرامكو السعودية.|أحمد الزهراني|Saudi Aramco|CFO",
            "رشحت الجمعية العمومية ليلى المطيري لعضوية المجلس. وهي تشغل منصب الرئيس التنفيذي لشركة سابك منذ 2020.|ليلى المطيري|SABIC|CEO"})
    void aSentenceOpeningOnTheVerbOrAPronounHoldsThePostOfThePersonBefore(String text, String person, String org, String role) {
        theHolderOfAPostNamedAfterMansibHoldsIt(text, person, org, role);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة سابك نتائجها. وقال خالد الدباغ، الذي يعمل كرئيس تنفيذي منذ 2020، إن الأرباح زادت.|خالد الدباغ|SABIC|CEO",
            "أعلنت شركة أرامكو السعودية خطتها. خالد العتيبي، الذي حل محل محمد الشمري في 2019 كرئيس تنفيذي، تحدث في المؤتمر.|خالد العتيبي|Saudi Aramco|CEO",
            "أعلنت شركة سابك نتائجها. وأكدت نورة الدوسري، التي تعمل كرئيسة تنفيذية منذ عامين، أن الطلب قوي.|نورة الدوسري|SABIC|CEO"})
    void aTitleAsInARelativeClauseIsHeldByWhomItHangsOn(String text, String person, String org, String role) {
        theHolderOfAPostNamedAfterMansibHoldsIt(text, person, org, role);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "التقى خالد العتيبي مع سامي الحربي في الرياض. وكان يشغل منصب الرئيس التنفيذي لشركة سابك.|خالد العتيبي|سامي الحربي"})
    void twoPeopleBeforeLeaveThePronounUnresolved(String text, String first, String second) {
        Extracted x = Extracted.of(text, "2025-01-01");
        String a = x.withAlias(first).id();
        String b = x.withAlias(second).id();
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.ROLE
                && (f.subject().equals(a) || f.subject().equals(b))), x.document().facts().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتسعى شركة سابك إلى شغل منصب الرئيس التنفيذي خلال العام المقبل.",
            "قالت شركة أرامكو السعودية إن منصب المدير المالي لا يزال شاغرا."})
    void aPostWithoutAHolderGivesNoRole(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(0, x.document().facts().stream().filter(f -> f.type() == FactType.ROLE).count(),
                x.document().facts().toString());
    }
}
