package dev.khabar.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each kind of field is written when it has a value and left out when it has none; an empty list is kept. */
class JsonFieldsTest {
    private static String object(Consumer<JsonText> fields) {
        JsonText out = new JsonText().startObject();
        fields.accept(out);
        return out.endObject().toString();
    }

    @Test
    void presentValuesAreWritten() {
        assertEquals("{\"s\":\"ميتا \\\"q\\\"\",\"e\":\"MONDAY\",\"i\":-3,\"d\":0.85,\"b\":1000000000,"
                        + "\"a\":[\"x\",\"\"],\"o\":{\"n\":2}}",
                object(out -> {
                    JsonFields.string(out, "s", "ميتا \"q\"");
                    JsonFields.name(out, "e", DayOfWeek.MONDAY);
                    JsonFields.number(out, "i", -3);
                    JsonFields.number(out, "d", 0.85);
                    JsonFields.number(out, "b", new BigDecimal("1E+9"));
                    JsonFields.array(out, "a", List.of("x", ""), JsonText::string);
                    JsonFields.field(out, "o", 2, (o, n) -> o.startObject().field("n", n).endObject());
                }));
    }

    @Test
    void absentValuesAreLeftOutAndAnEmptyListIsNot() {
        assertEquals("{\"a\":[]}", object(out -> {
            JsonFields.string(out, "s", null);
            JsonFields.name(out, "e", null);
            JsonFields.number(out, "i", (Integer) null);
            JsonFields.number(out, "d", (Double) null);
            JsonFields.number(out, "b", (BigDecimal) null);
            JsonFields.array(out, "none", (List<String>) null, JsonText::string);
            JsonFields.array(out, "a", List.<String>of(), JsonText::string);
            JsonFields.field(out, "o", null, (o, v) -> o.string("never"));
        }));
    }
}
