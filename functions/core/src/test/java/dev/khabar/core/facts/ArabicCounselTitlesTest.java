package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A company's lawyers by title: «المستشار العام» (general counsel), «كبير المسؤولين القانونيين» (chief legal officer). */
class ArabicCounselTitlesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقالت سلمى يوسف، كبيرة المسؤولين القانونيين في \"زيفرا\"، إن العقد وقع.|سلمى يوسف|زيفرا|chief legal officer",
            "وقالت سلمى يوسف، المستشارة العامة لشركة زيفرا، إن العقد وقع.|سلمى يوسف|زيفرا|general counsel",
            "وقال المستشار العام لبنك كوردا، سامي فهد، إن القضية انتهت.|سامي فهد|بنك كوردا|general counsel"})
    void theTitleIsReadWithItsEmployer(String text, String person, String org, String role) {
        Extracted x = Extracted.of(text, "2025-01-01");
        String p = x.withAlias(person).id();
        String o = x.withAlias(org).id();
        Fact f = x.document().facts().stream().filter(r -> r.type() == FactType.ROLE && r.subject().equals(p)
                && o.equals(r.object())).findFirst().orElseThrow(() -> new AssertionError(x.describeFacts()));
        assertEquals(role, f.role());
    }
}
