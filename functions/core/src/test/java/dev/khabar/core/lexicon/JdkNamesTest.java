package dev.khabar.core.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import org.junit.jupiter.api.Test;

/** The resource the build wrote holds exactly what the JDK answers, and the names the rules rely on are in it. */
class JdkNamesTest {
    @Test
    void theBuildWroteTheResource() {
        assertNotNull(JdkNames.class.getResource(JdkNames.RESOURCE),
                "the build (exec-maven-plugin, process-classes) writes " + JdkNames.RESOURCE);
    }

    @Test
    void theResourceHoldsWhatTheJdkAnswers() {
        assertEquals(JdkNames.fromJdk().lines(), JdkNames.fromResource().lines());
    }

    @Test
    void everyKindAskedAloneAndEveryCurrencyCodeAnswerAsTheJdk() {
        JdkNames jdk = JdkNames.fromJdk();
        assertEquals(jdk.weekdays(), JdkNames.fromResource().weekdays());
        assertEquals(jdk.months(), JdkNames.fromResource().months());
        assertEquals(jdk.countries(), JdkNames.fromResource().countries());
        JdkNames resource = JdkNames.fromResource();
        for (JdkNames.CurrencyName c : jdk.currencies()) {
            assertEquals(c.arabic(), resource.currencyArabic(c.code()), c.code());
        }
        assertEquals(jdk.currencies(), resource.currencies());
    }

    @Test
    void namesTheRulesRelyOn() {
        JdkNames names = JdkNames.fromResource();
        assertTrue(names.countries().contains(new JdkNames.Country("EG", "Egypt", "مصر")), "Egypt");
        assertTrue(names.currencyArabic("EGP").startsWith("جنيه"), names.currencyArabic("EGP"));
        assertTrue(names.months().contains(new JdkNames.MonthName("ar-SY", TextStyle.FULL, Month.JUNE, "حزيران")));
        assertTrue(names.months().contains(new JdkNames.MonthName("en", TextStyle.SHORT, Month.SEPTEMBER, "Sep")));
        assertTrue(names.weekdays().contains(new JdkNames.WeekdayName("ar", DayOfWeek.TUESDAY, "الثلاثاء")));
        assertTrue(names.weekdays().contains(new JdkNames.WeekdayName("en", DayOfWeek.SUNDAY, "Sunday")));
        assertEquals(null, names.currencyArabic("XYZ"));
    }
}
