package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «استحوذت شركة X، ومقرها دبي، على Y»: an aside telling where the company sits, between commas after it, neither
 * ends the clause nor hides what the verb governs after it; the seat is a fact of its own. Texts written here.
 */
class ArabicSeatAsidesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استحوذت شركة فالكو، ومقرها دبي، على شركة نوفا.|ACQUISITION|فالكو|نوفا",
            "أعلنت شركة فالكو، ومقرها دبي، عن جمع 5 ملايين دولار.|FUNDING_ROUND|فالكو|",
            "حصلت شركة فالكو، ومقرها الرئيسي في الرياض، على تمويل بقيمة 3 ملايين دولار.|FUNDING_ROUND|فالكو|",
            "عينت شركة فالكو، ومقرها دبي، سارة المهيري رئيسة تنفيذية لها.|EMPLOYMENT_START|سارة المهيري|فالكو"})
    void theClauseGoesOnAfterTheSeat(String text, String type, String subject, String object) {
        Extracted x = Extracted.of("خبر\n" + text, "2025-05-05");
        String named = x.spelled(subject).map(Entity::name).orElse(subject); // a person's name is given in Latin letters
        x.requireFact(FactType.valueOf(type), named, object == null || object.isEmpty() ? null : object);
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.LOCATED_IN), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استحوذت شركة فالكو على شركة نوفا، ومقرها القاهرة، وقالت إنها ستوظف 50 مهندساً.|ACQUISITION|فالكو|نوفا",
            "وقعت شركة فالكو اتفاقية مع شركة نوفا، ومقرها عمان، لتوريد المعدات.|PARTNERSHIP|فالكو|نوفا"})
    void aSeatAfterTheObjectChangesNothing(String text, String type, String subject, String object) {
        Extracted x = Extracted.of("خبر\n" + text, "2025-05-05");
        x.requireFact(FactType.valueOf(type), subject, object);
    }
}
