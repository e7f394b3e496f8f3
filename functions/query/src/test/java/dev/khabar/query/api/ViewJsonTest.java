package dev.khabar.query.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.khabar.core.model.Amount;
import dev.khabar.core.model.DateValue;
import dev.khabar.core.model.Evidence;
import dev.khabar.query.service.Views.DocumentView;
import dev.khabar.query.service.Views.EntityMatchView;
import dev.khabar.query.service.Views.EntityView;
import dev.khabar.query.service.Views.FactView;
import dev.khabar.query.service.Views.PageView;
import dev.khabar.query.service.Views.PartyView;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The API's JSON is what Jackson databind wrote from the views' annotations (the writer before this one). */
class ViewJsonTest {
    /** The configuration the API's answers were written with. */
    private static final ObjectMapper DATABIND = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    @Test
    void viewsWithEveryValueAndWithNoneAreWrittenAsDatabindWroteThem() throws IOException {
        PartyView meta = new PartyView("Q380", "Meta \"ميتا\"");
        FactView full = new FactView("f1", "s3://news/a.txt", "INVESTMENT", "2024-05", meta, new PartyView("x", null),
                "subject", meta, new Amount(new BigDecimal("2.5E+7"), "USD", "$25m"), 3,
                new DateValue("2024-05", "May 2024"), "CEO", "completed", new Evidence("line\nbreak </tag>", 4, 90), 0.9);
        FactView empty = new FactView(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
        same(new PageView<>(List.of(full, empty), "abc.def"));
        same(new PageView<>(List.of(), null));
        same(new PageView<>(null, null));
        same(new DocumentView("d", "b", "k", "DONE", "r", "2025-01-01T00:00:00Z", "عنوان", "ar", "2025-01-01", 3, 0));
        same(new DocumentView(null, null, null, null, null, null, null, null, null, null, null));
        same(new PageView<>(List.of(new EntityMatchView("Q1", "Acme", "ORGANIZATION"),
                new EntityMatchView(null, null, null)), "n"));
        same(new EntityView("Q1", "Acme", "ORGANIZATION", List.of("أكمي", "ACME"), 2, 7));
        same(new EntityView(null, null, null, null, 0, 0));
        same(new EntityView("Q1", "Acme", null, List.of(), Integer.MAX_VALUE, -1));
    }

    @Test
    void mapsAreWrittenAsDatabindWroteThem() throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://khabar.dev/problems/not-found");
        problem.put("title", "Not Found");
        problem.put("status", 404);
        problem.put("detail", null);
        same(problem);
        same(new TreeMap<>(Map.of("PK", "ENTITY#Q1", "SK", "FACT#2024#\u0000#x", "GSI1PK", "ﺍ")));
    }

    @Test
    void aMapOfStringsIsReadBackAndAnythingElseIsNot() throws IOException {
        Map<String, String> key = new TreeMap<>(Map.of("PK", "ENTITY#ميتا", "SK", "FACT#\"q\"\\"));
        assertEquals(key, ViewJson.readStrings(ViewJson.write(key).getBytes(StandardCharsets.UTF_8)));
        for (String other : List.of("[]", "\"PK\"", "{\"PK\":1}", "{\"PK\":{\"a\":\"b\"}}", "")) {
            assertNull(ViewJson.readStrings(other.getBytes(StandardCharsets.UTF_8)), other);
        }
        assertThrows(IOException.class, () -> ViewJson.readStrings("{\"PK\":".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> ViewJson.write(new Object()));
    }

    private static void same(Object body) throws IOException {
        assertEquals(DATABIND.writeValueAsString(body), ViewJson.write(body));
    }
}
