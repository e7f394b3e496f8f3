package dev.khabar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.khabar.core.model.Amount;
import dev.khabar.core.model.DateValue;
import dev.khabar.core.model.Evidence;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A fact group's JSON is what Jackson databind printed from the records' annotations, and reads back the same. */
class FactEntryTest {
    private static final ObjectMapper DATABIND = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    @Test
    void aGroupIsWrittenAndReadAsDatabindDid() throws Exception {
        Fact full = new Fact("f2", FactType.ACQUISITION, "e1", "e2", new Amount(new BigDecimal("1.5E+9"), "USD", "$1.5bn"),
                null, new DateValue("2024-03", "March"), null, "completed", new Evidence("ميتا \"x\"", 3, 40), 0.8);
        Fact bare = new Fact("f1", FactType.LAYOFF, "e1", null, null, 300, null, null, null, null, null);
        List<FactEntry> entries = List.of(
                new FactEntry(FactSide.SUBJECT, new Party("Q380", "Meta"), new Party("ORG:x", null), full),
                new FactEntry(null, new Party("Q380", "ميتا"), null, bare),
                new FactEntry(FactSide.OBJECT, null, null, null));
        String json = CompressedText.read(FactEntry.encode(entries));
        assertEquals(DATABIND.writeValueAsString(entries), json);
        assertEquals(DATABIND.readValue(json, new TypeReference<List<FactEntry>>() {
        }), FactEntry.decode(FactEntry.encode(entries)));
        assertEquals(List.of(), FactEntry.decode(FactEntry.encode(List.of())));
    }

    @Test
    void whatIsNoGroupIsRefused() {
        for (String bad : List.of("{}", "[1]", "[{\"side\":\"LEFT\"}]", "[{\"fact\":[]}]", "[")) {
            assertThrows(IllegalStateException.class, () -> FactEntry.decode(CompressedText.of(bad)), bad);
        }
    }
}
