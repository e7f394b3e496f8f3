package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "raised money from investors including X", «جمعت أموالا من مستثمرين من بينهم X»: no round told, but X invested. */
class InvestorsWithoutRoundTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Careem has raised money from investors including SoftBank.|Careem|SoftBank",
            "Careem has raised capital from investors such as SoftBank and BlackRock.|Careem|BlackRock",
            "وجمعت شركة تسلا أموالا من مستثمرين من بينهم سوفت بنك وبلاك روك.|Tesla|BlackRock",
            "تأسست شركة أوبر عام 2009. وجمعت الشركة رأس مال من مستثمرين من بينهم سوفت بنك.|Uber|SoftBank"})
    void theNamedInvestorsInvest(String text, String raiser, String investor) {
        Extracted x = Extracted.of(text, "2025-01-01");
        x.requireFact(FactType.INVESTMENT, investor, raiser);
        assertTrue(x.fact(FactType.FUNDING_ROUND, raiser, null).isEmpty(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Careem raised concerns from regulators such as the FTC.|Careem|Federal Trade Commission",
            "وجمعت شركة تسلا بيانات من مستخدمين من بينهم موظفو شركة أوبر.|Tesla|Uber"})
    void othersNamedAfterARaiseInvestNothing(String text, String raiser, String other) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.fact(FactType.INVESTMENT, other, raiser).isEmpty(), x.describeFacts());
    }
}
