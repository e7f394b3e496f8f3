package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A partner who is a person ("a partner at Deloitte", "managing partner of X") tells no partnership. Texts written here. */
class PartnersAsPostsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Qortex hired John Smith, a former partner at Deloitte, as finance chief.",
            "Jane Roe, managing partner of Kelvo Ventures, said Oryx Bank would grow.",
            "Qortex said Jane Roe, a general partner at Kelvo Ventures, joined its board.",
            "قال سالم الحربي، الشريك المؤسس لشركة زيفر، إن بنك الرياض سيدعم الشركة."})
    void aPersonsPostIsNoPartnership(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.hasFactOfType(FactType.PARTNERSHIP), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Vantix is a partner of the World Economic Forum.|Vantix|World Economic Forum",
            "Qortex named Oryx Bank as its partner for the launch.|Qortex|Oryx Bank",
            "أصبحت شركة زيفر شريكا لبنك الرياض في المشروع.|زيفر|بنك الرياض"})
    void aCompanysPartnerStays(String text, String a, String b) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.PARTNERSHIP, a, b), x.describeFacts());
    }
}
