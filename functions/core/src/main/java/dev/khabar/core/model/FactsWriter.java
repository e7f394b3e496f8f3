package dev.khabar.core.model;

import static dev.khabar.core.json.JsonFields.name;
import static dev.khabar.core.json.JsonFields.number;
import static dev.khabar.core.json.JsonFields.string;

import dev.khabar.core.json.JsonText;

/**
 * The facts contract's JSON, written field by field on {@link JsonText}: the order of each record's components,
 * absent values left out where the record says {@code @JsonInclude(NON_NULL)}, exactly what Jackson databind printed
 * from the annotations. Streaming instead of databind because databind's setup and introspection of these records
 * cost a cold start of the extract function about half a second; every writer of facts (the CLI, the table, the
 * API's views) goes through these methods, so all print the same bytes. Objects and arrays are written inline rather
 * than through {@code JsonFields.field} and {@code array}: each method reference there would be a class for the
 * extract function's cold start to spin up.
 */
public final class FactsWriter {
    private FactsWriter() {
    }

    public static void document(JsonText out, FactsDocument d) {
        out.startObject();
        out.field("schemaVersion", d.schemaVersion());
        if (d.document() != null) {
            out.name("document");
            info(out, d.document());
        }
        if (d.entities() != null) {
            out.name("entities").startArray();
            for (Entity e : d.entities()) {
                entity(out, e);
            }
            out.endArray();
        }
        if (d.facts() != null) {
            out.name("facts").startArray();
            for (Fact f : d.facts()) {
                fact(out, f);
            }
            out.endArray();
        }
        out.endObject();
    }

    /** Every field, null or not ({@code @JsonInclude(ALWAYS)}). */
    public static void info(JsonText out, DocumentInfo d) {
        out.startObject();
        out.field("id", d.id());
        out.field("language", d.language());
        out.field("title", d.title());
        out.field("publishedDate", d.publishedDate());
        out.field("extractor", d.extractor());
        out.endObject();
    }

    public static void entity(JsonText out, Entity e) {
        out.startObject();
        string(out, "id", e.id());
        string(out, "key", e.key());
        string(out, "name", e.name());
        name(out, "type", e.type());
        if (e.aliases() != null) {
            out.name("aliases").startArray();
            for (String alias : e.aliases()) {
                out.string(alias);
            }
            out.endArray();
        }
        out.field("mentions", e.mentions());
        out.endObject();
    }

    public static void fact(JsonText out, Fact f) {
        out.startObject();
        string(out, "id", f.id());
        name(out, "type", f.type());
        string(out, "subject", f.subject());
        string(out, "object", f.object());
        if (f.amount() != null) {
            out.name("amount");
            amount(out, f.amount());
        }
        number(out, "count", f.count());
        if (f.date() != null) {
            out.name("date");
            date(out, f.date());
        }
        string(out, "role", f.role());
        string(out, "status", f.status());
        if (f.evidence() != null) {
            out.name("evidence");
            evidence(out, f.evidence());
        }
        number(out, "confidence", f.confidence());
        out.endObject();
    }

    public static void amount(JsonText out, Amount a) {
        out.startObject();
        number(out, "value", a.value());
        string(out, "currency", a.currency());
        string(out, "text", a.text());
        out.endObject();
    }

    public static void date(JsonText out, DateValue d) {
        out.startObject();
        string(out, "value", d.value());
        string(out, "text", d.text());
        out.endObject();
    }

    /** Every field ({@code Evidence} has no inclusion rule: databind's default writes a null text as null). */
    public static void evidence(JsonText out, Evidence e) {
        out.startObject();
        out.field("text", e.text());
        out.field("start", e.start());
        out.field("end", e.end());
        out.endObject();
    }
}
