package dev.khabar.core.model;

import static dev.khabar.core.json.JsonFields.name;
import static dev.khabar.core.json.JsonFields.number;
import static dev.khabar.core.json.JsonFields.string;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * The facts contract's JSON, written field by field on a jackson-core generator: the order of each record's
 * components, absent values left out where the record says {@code @JsonInclude(NON_NULL)}. Streaming instead of
 * Jackson databind because databind's setup and introspection of these records cost a cold start of the extract
 * function about half a second; {@link FactsJson} registers these same methods as databind's serializers of the
 * model, so every writer of facts (the CLI, the table, the API's views) prints the same bytes. Objects and arrays are
 * written inline rather than through {@code JsonFields.field} and {@code array}: each method reference there would be
 * a class for the extract function's cold start to spin up.
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
        name(out, "type", e.type());
        if (e.aliases() != null) {
            out.writeArrayFieldStart("aliases");
            for (String alias : e.aliases()) {
                out.writeString(alias);
            }
            out.writeEndArray();
        }
        out.writeNumberField("mentions", e.mentions());
        out.writeEndObject();
    }

    public static void fact(JsonGenerator out, Fact f) throws IOException {
        out.writeStartObject();
        string(out, "id", f.id());
        name(out, "type", f.type());
        string(out, "subject", f.subject());
        string(out, "object", f.object());
        if (f.amount() != null) {
            out.writeFieldName("amount");
            amount(out, f.amount());
        }
        number(out, "count", f.count());
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
        number(out, "confidence", f.confidence());
        out.writeEndObject();
    }

    public static void amount(JsonGenerator out, Amount a) throws IOException {
        out.writeStartObject();
        number(out, "value", a.value());
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
}
