package dev.khabar.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.khabar.core.Extracted;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming writer prints exactly what Jackson databind printed from the records' annotations (the writer
 * before it), on extracted documents and on documents with every optional value absent and every odd value present.
 */
class FactsJsonTest {
    private static final Path ROOT = Path.of(System.getProperty("khabar.root", "../.."));
    /** The configuration FactsJson had when databind wrote the model from its annotations. */
    private static final ObjectMapper DATABIND = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    @ParameterizedTest
    @ValueSource(strings = {
        "seed",
        "Acme Robotics raised $20 million in a round led by Sequoia. Its CEO Dana Park said hiring starts in June.",
        "Orbital Foods acquired Kettle Labs for €1.25 billion on March 3, 2024. Kettle's founder Mia Cho left in May.",
        "وأعلنت شركة Nimbus عن تسريح 300 موظف، وقال مديرها التنفيذي سامر فريحات إن الشركة ستطلق منصة “Sky”.",
        "استحوذت مجموعة الفجر على شركة نخيل مقابل 2.5 مليار ريال سعودي في يناير 2023.",
        ""})
    void extractedDocumentsAreWrittenAsDatabindWroteThem(String text) throws IOException {
        String body = text.equals("seed")
                ? Files.readString(ROOT.resolve("seeds/000_acbe007552a08bad.txt"), StandardCharsets.UTF_8) : text;
        FactsDocument document = Extracted.of(body, "2025-08-30").document();
        assertSameAsDatabind(document);
        for (Fact fact : document.facts()) {
            assertEquals(DATABIND.writeValueAsString(fact), FactsJson.write(fact));
            assertReadAsDatabindReadIt(FactsJson.write(fact));
        }
        String json = FactsJson.write(document);
        assertEquals(DATABIND.readValue(json, FactsDocument.class), FactsJson.read(json));
    }

    @Test
    void absentValuesAndOddValuesAreWrittenAsDatabindWroteThem() throws IOException {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(null, null, null, null, null, null, null, null, null, null, null));
        facts.add(new Fact("f1", FactType.INVESTMENT, "e1", "e2",
                new Amount(new BigDecimal("1E+9"), "USD", "$1bn"), 3, new DateValue("2024-03", "March 2024"),
                "CEO", "announced", new Evidence("quote \"x\"\n\ttab \u0001 </script> ميتا \uD83D\uDE00", 0, 42), 0.85));
        facts.add(new Fact("f2", FactType.FUNDING_ROUND, "e1", null,
                new Amount(new BigDecimal("0.000012500"), null, null), 0, new DateValue(null, null),
                null, null, new Evidence(null, -1, 0), 1.0E-7));
        facts.add(new Fact("f3", FactType.LAYOFF, "e1", null, new Amount(null, "EGP", "جنيه"), -5, null, null,
                null, null, 100.0));
        List<Entity> entities = List.of(
                new Entity("e1", "Q95", "Meta", EntityType.ORGANIZATION, List.of("ميتا", "Meta Platforms"), 4),
                new Entity("e2", null, null, null, List.of(), 0),
                new Entity("e3", "PERSON:x", "A\\B", EntityType.PERSON, List.of("x\u2028y"), Integer.MAX_VALUE));
        assertSameAsDatabind(new FactsDocument(1, new DocumentInfo("d", "ar", null, null, "rules"), entities, facts));
        assertSameAsDatabind(new FactsDocument(1, null, List.of(), List.of()));
        for (Fact fact : facts) {
            assertEquals(DATABIND.writeValueAsString(fact), FactsJson.write(fact));
            assertReadAsDatabindReadIt(FactsJson.write(fact));
        }
    }

    @Test
    void readingSkipsFieldsAddedLaterAndRefusesWhatIsNoFact() {
        Fact fact = FactsJson.readFact("{\"id\":\"f9\",\"later\":{\"a\":[1,{\"b\":null}]},\"type\":\"LAYOFF\","
                + "\"count\":120,\"amount\":{\"value\":2.50,\"extra\":true},\"confidence\":0.5}");
        assertEquals(new Fact("f9", FactType.LAYOFF, null, null, new Amount(new BigDecimal("2.50"), null, null), 120,
                null, null, null, null, 0.5), fact);
        for (String bad : List.of("", "[1]", "{\"type\":\"NO_SUCH_TYPE\"}", "{\"evidence\":\"text\"}", "{\"id\":",
                "{\"amount\":{\"value\":\"many\"}}", "{\"id\":{\"x\":1}}")) {
            assertThrows(IllegalArgumentException.class, () -> FactsJson.readFact(bad), bad);
        }
    }

    @Test
    void aDocumentReadBackIsWrittenAsItWas() {
        FactsDocument document = Extracted.of(
                "Acme Robotics raised $20 million in a round led by Sequoia on May 2, 2024.", "2025-08-30").document();
        assertFalse(document.facts().isEmpty(), "the test text yields facts");
        String json = FactsJson.write(document);
        assertEquals(json, FactsJson.write(FactsJson.read(json)));
        assertTrue(json.contains("\"schemaVersion\":1"), json);
    }

    private static void assertReadAsDatabindReadIt(String json) throws IOException {
        assertEquals(DATABIND.readValue(json, Fact.class), FactsJson.readFact(json));
    }

    private static void assertSameAsDatabind(FactsDocument document) throws IOException {
        assertEquals(DATABIND.writeValueAsString(document), FactsJson.write(document));
    }
}
