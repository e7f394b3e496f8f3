package dev.khabar.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.khabar.core.json.JsonFields;
import dev.khabar.core.json.JsonText;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactsJson;
import dev.khabar.core.model.FactsReader;
import dev.khabar.core.model.FactsWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One fact of a fact group ({@link ItemAttributes#FACT_LIST}): the contract's fact (local entity ids, as in the
 * document's facts), both parties across documents, and in an entity group the side that entity is on. A group is
 * stored as a gzip JSON array of these: one write of a few hundred bytes per group instead of a write per fact.
 * Written on {@link JsonText} and read on jackson-core's streaming API with the facts contract's own writer and reader
 * (Jackson databind would cost both functions' cold starts its setup); the JSON is the one databind printed from the
 * annotations.
 *
 * @param side    which party the group's entity is; null in a type group
 * @param subject null for a fact without subject; likewise {@code object}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FactEntry(FactSide side, Party subject, Party object, Fact fact) {
    public static AttributeValue encode(List<FactEntry> entries) {
        JsonText out = new JsonText();
        out.startArray();
        for (FactEntry e : entries) {
            out.startObject();
            JsonFields.name(out, "side", e.side());
            // present fields written inline, not through JsonFields.field: each method reference there would be
            // a class the extract function's cold start spins up
            if (e.subject() != null) {
                party(out.name("subject"), e.subject());
            }
            if (e.object() != null) {
                party(out.name("object"), e.object());
            }
            if (e.fact() != null) {
                FactsWriter.fact(out.name("fact"), e.fact());
            }
            out.endObject();
        }
        out.endArray();
        return CompressedText.of(out.toString());
    }

    /** The entries of a stored group; empty when the attribute is absent (an entity named without facts). */
    public static List<FactEntry> decode(AttributeValue stored) {
        String json = CompressedText.read(stored);
        return json == null ? List.of() : Reading.entries(json);
    }

    /** Both fields, null or not (Party has no inclusion rule). */
    private static void party(JsonText out, Party party) {
        out.startObject().field("key", party.key()).field("name", party.name()).endObject();
    }

    /**
     * The reading side, on jackson-core, kept out of the record's own methods: verifying them would load
     * jackson-core's exception classes into the extract function, which only writes groups.
     */
    private static final class Reading {
        static List<FactEntry> entries(String json) {
            try (JsonParser in = FactsJson.factory().createParser(json)) {
                expect(in, in.nextToken(), JsonToken.START_ARRAY);
                List<FactEntry> entries = new ArrayList<>();
                while (in.nextToken() != JsonToken.END_ARRAY) {
                    entries.add(entry(in));
                }
                return entries;
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException("a fact group holds no readable facts", e);
            }
        }

        private static FactEntry entry(JsonParser in) throws IOException {
            expect(in, in.currentToken(), JsonToken.START_OBJECT);
            FactSide side = null;
            Party subject = null;
            Party object = null;
            Fact fact = null;
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                JsonToken value = in.nextToken();
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                switch (name) {
                    case "side" -> side = FactSide.valueOf(in.getText());
                    case "subject" -> subject = party(in);
                    case "object" -> object = party(in);
                    case "fact" -> fact = FactsReader.fact(in);
                    default -> in.skipChildren();
                }
            }
            return new FactEntry(side, subject, object, fact);
        }

        private static Party party(JsonParser in) throws IOException {
            expect(in, in.currentToken(), JsonToken.START_OBJECT);
            String key = null;
            String name = null;
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                in.nextToken();
                switch (field) {
                    case "key" -> key = in.getValueAsString();
                    case "name" -> name = in.getValueAsString();
                    default -> in.skipChildren();
                }
            }
            return new Party(key, name);
        }

        private static void expect(JsonParser in, JsonToken found, JsonToken wanted) throws IOException {
            if (found != wanted) {
                throw new JsonParseException(in, "expected " + wanted + ", found " + found);
            }
        }
    }
}
