package dev.khabar.core.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The one JSON configuration for facts documents, so the CLI, the table and the API print the same JSON. Writing
 * and reading documents and facts needs only jackson-core ({@link FactsWriter}, {@link FactsReader}); the databind
 * mapper, for other code's own JSON, is built on first use and writes the model with the same {@link FactsWriter}
 * methods.
 */
public final class FactsJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private FactsJson() {
    }

    /** Built on first use: neither function needs it, and building it costs a cold start. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = JsonMapper.builder(FACTORY)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addModule(new SimpleModule("facts-v1")
                        .addSerializer(FactsDocument.class, serializer(FactsWriter::document))
                        .addSerializer(DocumentInfo.class, serializer(FactsWriter::info))
                        .addSerializer(Entity.class, serializer(FactsWriter::entity))
                        .addSerializer(Fact.class, serializer(FactsWriter::fact))
                        .addSerializer(Amount.class, serializer(FactsWriter::amount))
                        .addSerializer(DateValue.class, serializer(FactsWriter::date))
                        .addSerializer(Evidence.class, serializer(FactsWriter::evidence)))
                .build();

        private static <T> JsonSerializer<T> serializer(Writer<T> writer) {
            return new JsonSerializer<>() {
                @Override
                public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
                    writer.write(out, value);
                }
            };
        }
    }

    /** One record type's writer method. */
    private interface Writer<T> {
        void write(JsonGenerator out, T value) throws IOException;
    }

    /** The factory of the facts JSON's writers and readers, for JSON that embeds facts ({@link FactsWriter#fact}). */
    public static JsonFactory factory() {
        return FACTORY;
    }

    public static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    public static String write(FactsDocument document) {
        return write(document, null);
    }

    public static String write(Fact fact) {
        return write(null, fact);
    }

    /** One of the two: a method reference per writer would be a class for a cold start to spin up. */
    private static String write(FactsDocument document, Fact fact) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            if (document != null) {
                FactsWriter.document(out, document);
            } else {
                FactsWriter.fact(out, fact);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("facts JSON cannot be written", e);
        }
        return text.toString();
    }

    public static FactsDocument read(String json) {
        return read(FactsReader::document, json, "a facts document");
    }

    public static Fact readFact(String json) {
        return read(FactsReader::fact, json, "a fact");
    }

    /** One record type's reader method. */
    private interface Reader<T> {
        T read(JsonParser in) throws IOException;
    }

    private static <T> T read(Reader<T> reader, String json, String what) {
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
