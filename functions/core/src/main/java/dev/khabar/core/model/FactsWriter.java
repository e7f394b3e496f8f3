package dev.khabar.core.model;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * The facts contract's JSON, written field by field on a jackson-core generator: the order of each record's
 * components, absent values left out where the record says {@code @JsonInclude(NON_NULL)}. Streaming instead of
 * Jackson databind because databind's setup and introspection of these records cost a cold start of the extract
 * function about half a second; {@link FactsJson} registers these same methods as databind's serializers of the
 * model, so every writer of facts (the CLI, the table, the API's views) prints the same bytes.
 */
public final class FactsWriter {
    private FactsWriter() {
    }

    public static void document(JsonGenerator out, FactsDocument d) throws IOException {
        out.writeStartObject();
        out.writeNumberField("schemaVersion", d.schemaVersion());
        if (d.document() != null) {
            out.writeFieldName("document");
            info(out, d.document());
        }
        if (d.entities() != null) {
            out.writeArrayFieldStart("entities");
            for (Entity e : d.entities()) {
                entity(out, e);
            }
            out.writeEndArray();
        }
        if (d.facts() != null) {
            out.writeArrayFieldStart("facts");
            for (Fact f : d.facts()) {
                fact(out, f);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    /** Every field, null or not ({@code @JsonInclude(ALWAYS)}). */
    public static void info(JsonGenerator out, DocumentInfo d) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", d.id());
        out.writeStringField("language", d.language());
        out.writeStringField("title", d.title());
        out.writeStringField("publishedDate", d.publishedDate());
        out.writeStringField("extractor", d.extractor());
        out.writeEndObject();
    }

    public static void entity(JsonGenerator out, Entity e) throws IOException {
        out.writeStartObject();
        string(out, "id", e.id());
        string(out, "key", e.key());
        string(out, "name", e.name());
        if (e.type() != null) {
            out.writeStringField("type", e.type().name());
        }
        if (e.aliases() != null) {
            strings(out, "aliases", e.aliases());
        }
        out.writeNumberField("mentions", e.mentions());
        out.writeEndObject();
    }

    public static void fact(JsonGenerator out, Fact f) throws IOException {
        out.writeStartObject();
        string(out, "id", f.id());
        if (f.type() != null) {
            out.writeStringField("type", f.type().name());
        }
        string(out, "subject", f.subject());
        string(out, "object", f.object());
        if (f.amount() != null) {
            out.writeFieldName("amount");
            amount(out, f.amount());
        }
        if (f.count() != null) {
            out.writeNumberField("count", f.count());
        }
        if (f.date() != null) {
            out.writeFieldName("date");
            date(out, f.date());
        }
        string(out, "role", f.role());
        string(out, "status", f.status());
        if (f.evidence() != null) {
            out.writeFieldName("evidence");
            evidence(out, f.evidence());
        }
        if (f.confidence() != null) {
            out.writeNumberField("confidence", f.confidence());
        }
        out.writeEndObject();
    }

    public static void amount(JsonGenerator out, Amount a) throws IOException {
        out.writeStartObject();
        if (a.value() != null) {
            out.writeNumberField("value", a.value());
        }
        string(out, "currency", a.currency());
        string(out, "text", a.text());
        out.writeEndObject();
    }

    public static void date(JsonGenerator out, DateValue d) throws IOException {
        out.writeStartObject();
        string(out, "value", d.value());
        string(out, "text", d.text());
        out.writeEndObject();
    }

    /** Every field ({@code Evidence} has no inclusion rule: databind's default writes a null text as null). */
    public static void evidence(JsonGenerator out, Evidence e) throws IOException {
        out.writeStartObject();
        out.writeStringField("text", e.text());
        out.writeNumberField("start", e.start());
        out.writeNumberField("end", e.end());
        out.writeEndObject();
    }

    /** A string field left out when null. */
    private static void string(JsonGenerator out, String name, String value) throws IOException {
        if (value != null) {
            out.writeStringField(name, value);
        }
    }

    private static void strings(JsonGenerator out, String name, List<String> values) throws IOException {
        out.writeArrayFieldStart(name);
        for (String v : values) {
            out.writeString(v);
        }
        out.writeEndArray();
    }
}
