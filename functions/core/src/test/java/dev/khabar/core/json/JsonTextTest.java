package dev.khabar.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonText} writes what jackson-core's generator wrote to a {@code Writer} with the facts' configuration (the
 * writer every facts document, fact group, log line and API answer was printed with before), char for char.
 */
class JsonTextTest {
    private static final JsonFactory JACKSON = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private interface Generated {
        void write(JsonGenerator out) throws IOException;
    }

    private static String jackson(Generated generated) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JACKSON.createGenerator(text)) {
            generated.write(out);
        }
        return text.toString();
    }

    @Test
    void everyCharOfTheBasicPlaneIsWrittenAsJacksonWroteIt() throws IOException {
        for (int block = 0; block < 0x10000; block += 0x400) {
            StringBuilder chars = new StringBuilder();
            for (int c = block; c < block + 0x400; c++) {
                chars.append((char) c).append('x');
            }
            String value = chars.toString();
            assertEquals(jackson(out -> out.writeString(value)), new JsonText().string(value).toString(),
                    "block " + Integer.toHexString(block));
            // names are escaped alike
            assertEquals(jackson(out -> {
                out.writeStartObject();
                out.writeStringField(value, value);
                out.writeEndObject();
            }), new JsonText().startObject().field(value, value).endObject().toString());
        }
    }

    @Test
    void surrogatePairsLoneSurrogatesAndEscapesInARowAreWrittenAsJacksonWroteThem() throws IOException {
        List<String> values = new ArrayList<>(List.of("", "\"", "\\", "\"\"\\\\", "a\nb\rc\td\u0000e\u001f",
                "😀 ميتا", "\ud83d", "x\ude00y", "\ude00\ud83d", "\u2028\u2029\u007f\u0080/", "ends with \\"));
        Random random = new Random(20);
        for (int i = 0; i < 200; i++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                value.append(switch (random.nextInt(4)) {
                    case 0 -> (char) random.nextInt(0x30);
                    case 1 -> (char) ('a' + random.nextInt(26));
                    case 2 -> (char) (0x600 + random.nextInt(0x100));
                    default -> (char) random.nextInt(0x10000);
                });
            }
            values.add(value.toString());
        }
        for (String value : values) {
            assertEquals(jackson(out -> out.writeString(value)), new JsonText().string(value).toString(), value);
        }
    }

    @Test
    void numbersAreWrittenAsJacksonWroteThem() throws IOException {
        long[] longs = {0, -1, 7, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long n : longs) {
            assertEquals(jackson(out -> out.writeNumber(n)), new JsonText().number(n).toString());
        }
        double[] doubles = {0.0, -0.0, 0.85, 1.0, 0.1 + 0.2, 1e-7, 1e21, 123456789.125, Double.MIN_VALUE,
            Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double d : doubles) {
            assertEquals(jackson(out -> out.writeNumber(d)), new JsonText().number(d).toString(), "" + d);
        }
        String[] decimals = {"0", "12.5", "1E+9", "2.50E+3", "-0.000001", "1E-12", "20000000", "143.98E6", "0E-3"};
        for (String d : decimals) {
            BigDecimal value = new BigDecimal(d);
            assertEquals(jackson(out -> out.writeNumber(value)), new JsonText().number(value).toString(), d);
        }
    }

    @Test
    void structuresAreWrittenAsJacksonWroteThem() throws IOException {
        assertEquals(jackson(out -> {
            out.writeStartArray();
            out.writeStartObject();
            out.writeStringField("a", null);
            out.writeNumberField("b", 1);
            out.writeArrayFieldStart("c");
            out.writeStartArray();
            out.writeEndArray();
            out.writeStartObject();
            out.writeEndObject();
            out.writeString("d");
            out.writeNumber(2.5);
            out.writeEndArray();
            out.writeFieldName("e");
            out.writeStartObject();
            out.writeEndObject();
            out.writeEndObject();
            out.writeString("f");
            out.writeEndArray();
        }), new JsonText().startArray()
                .startObject().field("a", (String) null).field("b", 1)
                .name("c").startArray().startArray().endArray().startObject().endObject().string("d").number(2.5)
                .endArray()
                .name("e").startObject().endObject()
                .endObject()
                .string("f")
                .endArray().toString());
    }
}
