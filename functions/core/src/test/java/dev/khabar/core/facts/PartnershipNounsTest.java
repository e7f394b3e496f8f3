package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "This alliance will help X", "a partner when he ran X": a partnership noun names its partner only after "with". Texts written here. */
class PartnershipNounsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Corvant Systems said the alliance will help Halden Bank grow.|Corvant Systems|Halden Bank",
            "Dana Pike knows Orvex Inc well, as a partner when she ran Kestrel Freight.|Orvex Inc|Kestrel Freight",
            "Brisk Capital said this partnership would make Quillon Labs stronger.|Brisk Capital|Quillon Labs"})
    void aPartnershipNounWithoutWithNamesNoPartner(String text, String a, String b) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.PARTNERSHIP, a, b).isEmpty() && e.fact(FactType.PARTNERSHIP, b, a).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Corvant Systems announced an alliance with Halden Bank.|Corvant Systems|Halden Bank",
            "Brisk Capital said the partnership with Quillon Labs would grow.|Brisk Capital|Quillon Labs",
            "Orvex Inc partnered with Kestrel Freight last year.|Orvex Inc|Kestrel Freight"})
    void withNamesThePartner(String text, String a, String b) {
        x(text).requireFact(FactType.PARTNERSHIP, a, b);
    }
}
