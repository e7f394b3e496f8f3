package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "A consortium of A, B and C won a contract from X", «تحالف يضم A وB وC … فاز بعقد»: a consortium contracts as one, so
 * the contract the rules give one member is each member's. Texts written here.
 */
class ConsortiumContractsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A consortium of Halvorsen, Trelby and Moxa won a $450 million contract from the Ministry of Transport.|Halvorsen|Trelby|Moxa|Ministry of Transport",
            "A consortium comprising Halvorsen, Trelby and Moxa has been awarded a $450 million contract by the Ministry of Transport.|Halvorsen|Trelby|Moxa|Ministry of Transport"})
    void everyMemberHoldsTheContract(String text, String a, String b, String c, String client) {
        Extracted x = Extracted.of(text, "2025-01-20");
        for (String member : new String[] {a, b, c}) {
            x.requireFact(FactType.CONTRACT, member, client);
        }
    }

    /**
     * «وقعت X عقدا مع تحالف يضم A و B»: a consortium carries out work, so whoever signs with it is the client, doer of
     * the sentence or not, and the signing makes no partnership with the members.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ووقعت أرامكو السعودية أمس عقدا مع تحالف مكون من شركة (سيمنس) الألمانية وشركة (هيونداي) الكورية لتوسعة مصفاة الجبيل.|أرامكو السعودية",
            "ووقعت أرامكو السعودية عقدا بقيمة 700 مليون ريال مع ائتلاف من شركتين هما «سيمنس» و«هيونداي».|أرامكو السعودية",
            "ووقعت وزارة الإسكان عقدا مع تحالف يضم شركة هيونداي السعودية وشركة سيمنس لبناء ألف وحدة سكنية.|وزارة الإسكان"})
    void whoSignsWithAConsortiumIsItsClient(String text, String client) {
        Extracted x = Extracted.of(text, "2025-01-20");
        for (String member : new String[] {"سيمنس", "هيونداي"}) {
            x.requireFactByAlias(FactType.CONTRACT, member, client);
            assertFalse(x.hasFactByAlias(FactType.CONTRACT, client, member), x.describeFacts());
            assertFalse(x.hasFactByAlias(FactType.PARTNERSHIP, client, member), x.describeFacts());
            assertFalse(x.hasFactByAlias(FactType.PARTNERSHIP, member, client), x.describeFacts());
        }
    }

    /** «وقعت X عقدا مع A، وهي عضو في تحالف يضم B و C»: A's contract is its own; the consortium it belongs to changes nothing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ووقعت أرامكو السعودية عقدا مع شركة سيمنس، وهي عضو في تحالف يضم شركة هيونداي وشركة سامسونج."})
    void aMembersOwnContractKeepsItsSides(String text) {
        Extracted x = Extracted.of(text, "2025-01-20");
        x.requireFactByAlias(FactType.CONTRACT, "سيمنس", "أرامكو السعودية");
        assertFalse(x.hasFactByAlias(FactType.CONTRACT, "أرامكو السعودية", "سيمنس"), x.describeFacts());
    }
}
