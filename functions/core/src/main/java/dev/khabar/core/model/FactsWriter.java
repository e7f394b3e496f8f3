package dev.khabar.core.model;

import static dev.khabar.core.json.JsonFields.array;
import static dev.khabar.core.json.JsonFields.field;
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
 * model, so every writer of facts (the CLI, the table, the API's views) prints the same bytes.
 */
public final class FactsWriter {
    private FactsWriter() {
    }

    public static void document(JsonGenerator out, FactsDocument d) throws IOException {
        out.writeStartObject();
        out.writeNumberField("schemaVersion", d.schemaVersion());
        field(out, "document", d.document(), FactsWriter::info);
        array(out, "entities", d.entities(), FactsWriter::entity);
        array(out, "facts", d.facts(), FactsWriter::fact);
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
        array(out, "aliases", e.aliases(), JsonGenerator::writeString);
        out.writeNumberField("mentions", e.mentions());
        out.writeEndObject();
    }

    public static void fact(JsonGenerator out, Fact f) throws IOException {
        out.writeStartObject();
        string(out, "id", f.id());
        name(out, "type", f.type());
        string(out, "subject", f.subject());
        string(out, "object", f.object());
        field(out, "amount", f.amount(), FactsWriter::amount);
        number(out, "count", f.count());
        field(out, "date", f.date(), FactsWriter::date);
        string(out, "role", f.role());
        string(out, "status", f.status());
        field(out, "evidence", f.evidence(), FactsWriter::evidence);
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
