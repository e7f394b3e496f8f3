package dev.khabar.query.api;

import static dev.khabar.core.json.JsonFields.array;
import static dev.khabar.core.json.JsonFields.field;
import static dev.khabar.core.json.JsonFields.number;
import static dev.khabar.core.json.JsonFields.string;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.khabar.core.json.JsonText;
import dev.khabar.core.model.FactsWriter;
import dev.khabar.query.service.Views.DocumentView;
import dev.khabar.query.service.Views.EntityMatchView;
import dev.khabar.query.service.Views.EntityView;
import dev.khabar.query.service.Views.FactView;
import dev.khabar.query.service.Views.PageView;
import dev.khabar.query.service.Views.PartyView;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The API's answers as JSON on {@link JsonText} (cursors read back on jackson-core): each view field by field in the
 * order of its record's components, absent values left out ({@code @JsonInclude(NON_NULL)} on every view), maps of
 * strings and numbers (problem documents, cursors, log lines) with every entry. The model's parts inside a fact
 * (amount, date, evidence) go through the facts contract's own writer. Not Jackson databind: building it and
 * introspecting the views cost the query function's cold start most of a second on Lambda's C1-only JIT.
 */
final class ViewJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ViewJson() {
    }

    /** A view, a page of views, or a map of strings and numbers. */
    static String write(Object body) {
        JsonText out = new JsonText();
        value(out, body);
        return out.toString();
    }

    /** A JSON object of strings, as {@link #write} writes a map of them; null when it is anything else. */
    static Map<String, String> readStrings(byte[] json) throws IOException {
        try (JsonParser in = FACTORY.createParser(json)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Map<String, String> out = new LinkedHashMap<>();
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                JsonToken token = in.nextToken();
                if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NULL) {
                    return null;
                }
                out.put(name, in.getValueAsString());
            }
            return out;
        }
    }

    private static void value(JsonText out, Object value) {
        switch (value) {
            case null -> out.string(null);
            case String s -> out.string(s);
            case Integer n -> out.number(n);
            case PageView<?> page -> page(out, page);
            case DocumentView d -> document(out, d);
            case EntityMatchView e -> entityMatch(out, e);
            case EntityView e -> entity(out, e);
            case FactView f -> fact(out, f);
            case PartyView p -> party(out, p);
            case Map<?, ?> map -> {
                out.startObject();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.name(String.valueOf(entry.getKey()));
                    value(out, entry.getValue());
                }
                out.endObject();
            }
            default -> throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    private static void page(JsonText out, PageView<?> page) {
        out.startObject();
        array(out, "items", page.items(), ViewJson::value);
        string(out, "next", page.next());
        out.endObject();
    }

    private static void document(JsonText out, DocumentView d) {
        out.startObject();
        string(out, "id", d.id());
        string(out, "bucket", d.bucket());
        string(out, "key", d.key());
        string(out, "status", d.status());
        string(out, "reason", d.reason());
        string(out, "receivedAt", d.receivedAt());
        string(out, "title", d.title());
        string(out, "language", d.language());
        string(out, "publishedDate", d.publishedDate());
        number(out, "entityCount", d.entityCount());
        number(out, "factCount", d.factCount());
        out.endObject();
    }

    private static void entityMatch(JsonText out, EntityMatchView e) {
        out.startObject();
        string(out, "id", e.id());
        string(out, "name", e.name());
        string(out, "type", e.type());
        out.endObject();
    }

    private static void entity(JsonText out, EntityView e) {
        out.startObject();
        string(out, "id", e.id());
        string(out, "name", e.name());
        string(out, "type", e.type());
        array(out, "aliases", e.aliases(), JsonText::string);
        out.field("documentCount", e.documentCount());
        out.field("factCount", e.factCount());
        out.endObject();
    }

    private static void party(JsonText out, PartyView p) {
        out.startObject();
        string(out, "id", p.id());
        string(out, "name", p.name());
        out.endObject();
    }

    private static void fact(JsonText out, FactView f) {
        out.startObject();
        string(out, "id", f.id());
        string(out, "documentId", f.documentId());
        string(out, "type", f.type());
        string(out, "sortDate", f.sortDate());
        field(out, "subject", f.subject(), ViewJson::party);
        field(out, "object", f.object(), ViewJson::party);
        string(out, "side", f.side());
        field(out, "other", f.other(), ViewJson::party);
        field(out, "amount", f.amount(), FactsWriter::amount);
        number(out, "count", f.count());
        field(out, "date", f.date(), FactsWriter::date);
        string(out, "role", f.role());
        string(out, "status", f.status());
        field(out, "evidence", f.evidence(), FactsWriter::evidence);
        number(out, "confidence", f.confidence());
        out.endObject();
    }
}
