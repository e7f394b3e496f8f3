package dev.khabar.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of field is written when it has a value and left out when it has none; an empty list is kept. */
class JsonFieldsTest {
    private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private interface Fields {
        void write(JsonGenerator out) throws IOException;
    }

    private static String object(Fields fields) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            out.writeStartObject();
            fields.write(out);
            out.writeEndObject();
        }
        return text.toString();
    }

    @Test
    void presentValuesAreWritten() throws IOException {
        assertEquals("{\"s\":\"ميتا \\\"q\\\"\",\"e\":\"MONDAY\",\"i\":-3,\"d\":0.85,\"b\":1000000000,"
                        + "\"a\":[\"x\",\"\"],\"o\":{\"n\":2}}",
                object(out -> {
                    JsonFields.string(out, "s", "ميتا \"q\"");
                    JsonFields.name(out, "e", DayOfWeek.MONDAY);
                    JsonFields.number(out, "i", -3);
                    JsonFields.number(out, "d", 0.85);
                    JsonFields.number(out, "b", new BigDecimal("1E+9"));
                    JsonFields.array(out, "a", List.of("x", ""), JsonGenerator::writeString);
                    JsonFields.field(out, "o", 2, (o, n) -> {
                        o.writeStartObject();
                        o.writeNumberField("n", n);
                        o.writeEndObject();
                    });
                }));
    }

    @Test
    void absentValuesAreLeftOutAndAnEmptyListIsNot() throws IOException {
        assertEquals("{\"a\":[]}", object(out -> {
            JsonFields.string(out, "s", null);
            JsonFields.name(out, "e", null);
            JsonFields.number(out, "i", (Integer) null);
            JsonFields.number(out, "d", (Double) null);
            JsonFields.number(out, "b", (BigDecimal) null);
            JsonFields.array(out, "none", (List<String>) null, JsonGenerator::writeString);
            JsonFields.array(out, "a", List.<String>of(), JsonGenerator::writeString);
            JsonFields.field(out, "o", null, (o, v) -> o.writeString("never"));
        }));
    }
}
