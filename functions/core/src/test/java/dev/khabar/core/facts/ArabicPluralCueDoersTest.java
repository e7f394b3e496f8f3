package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «أعلنت شركات A وB وC عن تسريح …»: a plural or dual company noun after the verb opens the list of its doers even
 * where the fact's word (the verbal noun) comes after them, so each listed company does what it says, not only the
 * first. Texts written here.
 */
class ArabicPluralCueDoersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلنت شركات نوكيا وإنتل وسيسكو عن تسريح مئات الموظفين هذا الأسبوع.|LAYOFF|نوكيا|إنتل|سيسكو",
            "كشفت شركتا نوكيا وإنتل عن تسريح عشرات العاملين في فروعهما.|LAYOFF|نوكيا|إنتل|"})
    void everyCompanyTheCueListsDoesIt(String text, String type, String a, String b, String c) {
        Extracted x = Extracted.of("خبر\n" + text, "2025-04-14");
        for (String doer : c == null ? new String[] {a, b} : new String[] {a, b, c}) {
            assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.valueOf(type)
                    && f.subject().equals(x.withAlias(doer).id())), doer + " in " + x.describeFacts());
        }
    }
}
