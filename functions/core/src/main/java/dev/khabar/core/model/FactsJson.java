package dev.khabar.core.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.khabar.core.json.JsonText;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON configuration for facts documents, so the CLI, the table and the API print the same JSON. Documents
 * and facts are written by {@link FactsWriter} on {@link JsonText} and read back by {@link FactsReader} on
 * jackson-core; the reading side is set up on first use, so a writer (the extract function) never loads jackson-core.
 */
public final class FactsJson {
    private FactsJson() {
    }

    /** The factory of the facts JSON's readers, for JSON that embeds facts ({@link FactsReader#fact}). */
    public static JsonFactory factory() {
        return Reading.FACTORY;
    }

    public static String write(FactsDocument document) {
        JsonText out = new JsonText();
        FactsWriter.document(out, document);
        return out.toString();
    }

    public static String write(Fact fact) {
        JsonText out = new JsonText();
        FactsWriter.fact(out, fact);
        return out.toString();
    }

    public static FactsDocument read(String json) {
        return Reading.read(FactsReader::document, json, "a facts document");
    }

    public static Fact readFact(String json) {
        return Reading.read(FactsReader::fact, json, "a fact");
    }

    /** One record type's reader method. */
    private interface Reader<T> {
        T read(JsonParser in) throws IOException;
    }

    /** jackson-core, loaded by the first read only. */
    private static final class Reading {
        static final JsonFactory FACTORY = new JsonFactory();

        static <T> T read(Reader<T> reader, String json, String what) {
            try (JsonParser in = FACTORY.createParser(json)) {
                if (in.nextToken() == null) {
                    throw new IllegalArgumentException("not " + what + ": no JSON");
                }
                return reader.read(in);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("not " + what + ": " + e.getOriginalMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
