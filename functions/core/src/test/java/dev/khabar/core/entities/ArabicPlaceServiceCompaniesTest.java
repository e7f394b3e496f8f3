package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «شركة مياه الرياض», «لشركة مطارات أبو ظبي», «مؤسسة موانئ الكويت»: a company's or public body's cue, a noun of what it
 * serves and the place it serves name one organization, the place inside, as do a centre's place and the field it works
 * for (مركز الشارقة للدراسات); a place after a possessed noun or a preposition stays a place, and a country written as
 * its own adjective («شركة زيفرا السعودية») tells the company's nationality. Texts written here.
 */
class ArabicPlaceServiceCompaniesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلنت شركة مياه الرياض عن مشروع جديد لتحلية المياه.|مياه الرياض",
            "وقال سامي الحربي، الرئيس التنفيذي السابق لشركة مطارات أبو ظبي، إن القطاع ينمو.|مطارات أبو ظبي",
            "ووقعت شركة كهرباء عجمان عقدا مع شركة صينية.|كهرباء عجمان",
            "ووقعت هيئة مياه عجمان اتفاقية مع شركة صينية.|هيئة مياه عجمان",
            "وأعلنت مؤسسة موانئ الكويت عن مناقصة جديدة.|مؤسسة موانئ الكويت",
            "وقال مدير مركز الشارقة للدراسات الاقتصادية إن النمو مستمر.|مركز الشارقة للدراسات الاقتصادية",
            "وأطلق مركز أبوظبي لتطوير الأعمال برنامجا جديدا.|مركز أبوظبي لتطوير الأعمال"})
    void theServedPlaceIsInsideTheName(String text, String name) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.withAlias(name).type() == EntityType.ORGANIZATION, e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأسست شركة مقرها دبي فرعا في لندن.|دبي",
            "وقالت شركة في الرياض إنها ستتوسع.|الرياض",
            "وقالت هيئة في دبي إن القرار نهائي.|دبي",
            "ويقع المشروع في مركز دبي قرب المطار.|دبي"})
    void aPlaceAfterAPossessedNounOrAPrepositionStaysAPlace(String text, String place) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.withAlias(place).type() == EntityType.LOCATION, e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة زيفرا السعودية عن إغلاق جولة تمويلية.|زيفرا",
            "وقالت شركة نوفابيت السعودية إنها ستتوسع في الخليج.|نوفابيت",
            "وأعلنت شركة زيفرا السورية عن مشروع جديد.|زيفرا"})
    void aCountryWrittenAsItsAdjectiveIsTheNationality(String text, String name) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.withAlias(name).type() == EntityType.ORGANIZATION, e.names());
        assertFalse(e.spelled(name + " السعودية").isPresent() || e.spelled(name + " السورية").isPresent(), e.names());
    }
}
