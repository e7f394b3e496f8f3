package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «البنك الأهلي الأردني», «البنك المركزي العراقي»: a known name made of common words only names a kind of body many
 * countries have, and the country's adjective after it names another country's, not the known one. Texts written here.
 */
class ArabicNationalGenericNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال البنك الأهلي الأردني إنه رفع رأسماله إلى 50 مليون دينار.|البنك الأهلي الأردني|البنك الأهلي",
            "وأعلن البنك المركزي العراقي تثبيت سعر الصرف هذا الشهر.|البنك المركزي العراقي|البنك المركزي"})
    void theCountrysAdjectiveAfterACommonWordNameNamesAnotherBody(String text, String name, String knownAlias) {
        Extracted ar = Extracted.of(text, "2024-03-06");
        assertEquals(EntityType.ORGANIZATION, ar.withAlias(name).type(), () -> ar.names());
        assertEquals(false, ar.withAlias(name).aliases().contains(knownAlias), () -> ar.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال البنك الأهلي المصري إنه يتابع السوق، وأكد البنك الأهلي أن أرباحه زادت.|البنك الأهلي المصري|البنك الأهلي"})
    void theKnownBodysOwnAdjectiveKeepsIt(String text, String full, String shortName) {
        Extracted ar = Extracted.of(text, "2024-03-06");
        assertEquals(ar.withAlias(full), ar.withAlias(shortName), () -> ar.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال البنك الأهلي الأردني إن البنك الأهلي المصري شريك له.|البنك الأهلي الأردني|البنك الأهلي المصري"})
    void twoCountriesBodiesAreTwo(String text, String one, String other) {
        Extracted ar = Extracted.of(text, "2024-03-06");
        assertNotEquals(ar.withAlias(one), ar.withAlias(other), () -> ar.names());
    }
}
