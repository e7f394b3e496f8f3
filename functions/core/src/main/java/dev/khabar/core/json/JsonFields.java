package dev.khabar.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Fields of a JSON object left out when their value is null ({@code @JsonInclude(NON_NULL)} on a jackson-core
 * generator): the one rule every streaming writer of facts, views and log lines follows, written once.
 */
public final class JsonFields {
    /** Writes a present value of an object field (its name is already written). */
    @FunctionalInterface
    public interface Writer<T> {
        void write(JsonGenerator out, T value) throws IOException;
    }

    private JsonFields() {
    }

    public static void string(JsonGenerator out, String name, String value) throws IOException {
        if (value != null) {
            out.writeStringField(name, value);
        }
    }

    /** An enum constant by its name. */
    public static void name(JsonGenerator out, String name, Enum<?> value) throws IOException {
        if (value != null) {
            out.writeStringField(name, value.name());
        }
    }

    public static void number(JsonGenerator out, String name, Integer value) throws IOException {
        if (value != null) {
            out.writeNumberField(name, value);
        }
    }

    public static void number(JsonGenerator out, String name, Double value) throws IOException {
        if (value != null) {
            out.writeNumberField(name, value);
        }
    }

    public static void number(JsonGenerator out, String name, BigDecimal value) throws IOException {
        if (value != null) {
            out.writeNumberField(name, value);
        }
    }

    /** An array of values each written by {@code writer} (an empty list is written as {@code []}). */
    public static <T> void array(JsonGenerator out, String name, List<T> values, Writer<? super T> writer) throws IOException {
        if (values != null) {
            out.writeArrayFieldStart(name);
            for (T v : values) {
                writer.write(out, v);
            }
            out.writeEndArray();
        }
    }

    /** A value its own writer writes (an object, most often). */
    public static <T> void field(JsonGenerator out, String name, T value, Writer<? super T> writer) throws IOException {
        if (value != null) {
            out.writeFieldName(name);
            writer.write(out, value);
        }
    }
}
