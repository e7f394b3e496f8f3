package dev.khabar.core.model;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts contract's JSON read back on a jackson-core parser, the counterpart of {@link FactsWriter}: fields in
 * any order, unknown fields skipped (the contract changes only by adding fields), absent fields null (0 for the
 * numbers that are never absent). Anything that is not the contract's shape is a {@link JsonParseException}.
 */
public final class FactsReader {
    private FactsReader() {
    }

    /** One field of an object, its value token current. */
    private interface Field {
        void read(String name) throws IOException;
    }

    /** Calls {@code field} for each field of the object starting at the current token. */
    private static void fields(JsonParser in, Field field) throws IOException {
        expect(in, JsonToken.START_OBJECT);
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            in.nextToken();
            field.read(name);
        }
    }

    static FactsDocument document(JsonParser in) throws IOException {
        int[] schemaVersion = {0};
        DocumentInfo[] info = {null};
        List<Entity> entities = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        fields(in, name -> {
            switch (name) {
                case "schemaVersion" -> schemaVersion[0] = in.getValueAsInt();
                case "document" -> info[0] = isNull(in) ? null : info(in);
                case "entities" -> array(in, () -> entities.add(entity(in)));
                case "facts" -> array(in, () -> facts.add(fact(in)));
                default -> in.skipChildren();
            }
        });
        return new FactsDocument(schemaVersion[0], info[0], entities, facts);
    }

    static DocumentInfo info(JsonParser in) throws IOException {
        String[] v = new String[5];
        fields(in, name -> {
            switch (name) {
                case "id" -> v[0] = string(in);
                case "language" -> v[1] = string(in);
                case "title" -> v[2] = string(in);
                case "publishedDate" -> v[3] = string(in);
                case "extractor" -> v[4] = string(in);
                default -> in.skipChildren();
            }
        });
        return new DocumentInfo(v[0], v[1], v[2], v[3], v[4]);
    }

    static Entity entity(JsonParser in) throws IOException {
        String[] v = new String[3];
        EntityType[] type = {null};
        List<String> aliases = new ArrayList<>();
        int[] mentions = {0};
        fields(in, name -> {
            switch (name) {
                case "id" -> v[0] = string(in);
                case "key" -> v[1] = string(in);
                case "name" -> v[2] = string(in);
                case "type" -> type[0] = isNull(in) ? null : EntityType.valueOf(string(in));
                case "aliases" -> array(in, () -> aliases.add(string(in)));
                case "mentions" -> mentions[0] = in.getValueAsInt();
                default -> in.skipChildren();
            }
        });
        return new Entity(v[0], v[1], v[2], type[0], aliases, mentions[0]);
    }

    public static Fact fact(JsonParser in) throws IOException {
        String[] v = new String[5];
        FactType[] type = {null};
        Amount[] amount = {null};
        Integer[] count = {null};
        DateValue[] date = {null};
        Evidence[] evidence = {null};
        Double[] confidence = {null};
        fields(in, name -> {
            switch (name) {
                case "id" -> v[0] = string(in);
                case "type" -> type[0] = isNull(in) ? null : FactType.valueOf(string(in));
                case "subject" -> v[1] = string(in);
                case "object" -> v[2] = string(in);
                case "amount" -> amount[0] = isNull(in) ? null : amount(in);
                case "count" -> count[0] = isNull(in) ? null : in.getValueAsInt();
                case "date" -> date[0] = isNull(in) ? null : date(in);
                case "role" -> v[3] = string(in);
                case "status" -> v[4] = string(in);
                case "evidence" -> evidence[0] = isNull(in) ? null : evidence(in);
                case "confidence" -> confidence[0] = isNull(in) ? null : in.getValueAsDouble();
                default -> in.skipChildren();
            }
        });
        return new Fact(v[0], type[0], v[1], v[2], amount[0], count[0], date[0], v[3], v[4], evidence[0], confidence[0]);
    }

    private static Amount amount(JsonParser in) throws IOException {
        BigDecimal[] value = {null};
        String[] v = new String[2];
        fields(in, name -> {
            switch (name) {
                case "value" -> value[0] = isNull(in) ? null : decimal(in);
                case "currency" -> v[0] = string(in);
                case "text" -> v[1] = string(in);
                default -> in.skipChildren();
            }
        });
        return new Amount(value[0], v[0], v[1]);
    }

    private static DateValue date(JsonParser in) throws IOException {
        String[] v = new String[2];
        fields(in, name -> {
            switch (name) {
                case "value" -> v[0] = string(in);
                case "text" -> v[1] = string(in);
                default -> in.skipChildren();
            }
        });
        return new DateValue(v[0], v[1]);
    }

    private static Evidence evidence(JsonParser in) throws IOException {
        String[] text = {null};
        int[] span = {0, 0};
        fields(in, name -> {
            switch (name) {
                case "text" -> text[0] = string(in);
                case "start" -> span[0] = in.getValueAsInt();
                case "end" -> span[1] = in.getValueAsInt();
                default -> in.skipChildren();
            }
        });
        return new Evidence(text[0], span[0], span[1]);
    }

    /** An element of an array, its first token current. */
    private interface Element {
        void read() throws IOException;
    }

    private static void array(JsonParser in, Element element) throws IOException {
        if (isNull(in)) {
            return;
        }
        expect(in, JsonToken.START_ARRAY);
        while (in.nextToken() != JsonToken.END_ARRAY) {
            element.read();
        }
    }

    private static boolean isNull(JsonParser in) {
        return in.currentToken() == JsonToken.VALUE_NULL;
    }

    /** A string, or a number or boolean as written; null for null. */
    private static String string(JsonParser in) throws IOException {
        if (in.currentToken().isStructStart()) {
            throw new JsonParseException(in, "expected a string, found " + in.currentToken());
        }
        return isNull(in) ? null : in.getText();
    }

    private static BigDecimal decimal(JsonParser in) throws IOException {
        if (in.currentToken() == JsonToken.VALUE_STRING) {
            try {
                return new BigDecimal(in.getText().strip());
            } catch (NumberFormatException e) {
                throw new JsonParseException(in, "not a number: " + in.getText());
            }
        }
        if (!in.currentToken().isNumeric()) {
            throw new JsonParseException(in, "expected a number, found " + in.currentToken());
        }
        return in.getDecimalValue();
    }

    private static void expect(JsonParser in, JsonToken token) throws IOException {
        if (in.currentToken() != token) {
            throw new JsonParseException(in, "expected " + token + ", found " + in.currentToken());
        }
    }
}
