package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Acme named research chief X as its next CEO": a promotion inside the company takes the new post (EMPLOYMENT_START)
 * and leaves the title held until then a ROLE. Texts written here.
 */
class PromotionsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Harlow Foods named research chief Lisa Tran as its next CEO on Wednesday.|Lisa Tran|Harlow Foods|CEO|research chief",
            "Corvant Systems has appointed chief financial officer Omar Haddad as chief executive.|Omar Haddad|Corvant Systems|CEO|CFO",
            "Pinecrest Dairy named COO Dana Whitfield as its new CEO.|Dana Whitfield|Pinecrest Dairy|CEO|COO",
            "Tessel Bank has named current chairman, Anna Berg, as chief executive.|Anna Berg|Tessel Bank|CEO|chairman"})
    void aTitleHeldThereBeforeTheNameIsAPromotion(String text, String person, String company, String role, String held) {
        Extracted en = Extracted.of(text, "2024-03-06");
        assertEquals(role, en.requireFact(FactType.EMPLOYMENT_START, person, company).role());
        assertEquals(held, en.requireFact(FactType.ROLE, person, company).role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Harlow Foods named former Corvant executive Mark Hale as its next CEO.|Mark Hale|Harlow Foods",
            "Pinecrest Dairy named Corvant Systems COO Dana Whitfield as its CEO.|Dana Whitfield|Pinecrest Dairy",
            "Harlow Foods named Mark Hale as its next CEO.|Mark Hale|Harlow Foods"})
    void aNewcomerIsStillAHire(String text, String person, String company) {
        Extracted.of(text, "2024-03-06").requireFact(FactType.EMPLOYMENT_START, person, company);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Harlow Foods named COO Lisa Tran as its next CEO, replacing Tom Becker.|Tom Becker|Harlow Foods"})
    void theOneReplacedStillLeaves(String text, String person, String company) {
        Extracted.of(text, "2024-03-06").requireFact(FactType.EMPLOYMENT_END, person, company);
    }
}
