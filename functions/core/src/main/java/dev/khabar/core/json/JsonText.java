package dev.khabar.core.json;

import java.math.BigDecimal;

/**
 * JSON written into a string, value by value, byte for byte as jackson-core's generator writes it to a
 * {@code Writer} with {@code WRITE_BIGDECIMAL_AS_PLAIN} (no spaces; in strings {@code "} and {@code \} escaped, the
 * control characters below U+0020 as {@code \b \t \n \f \r} or {@code \}{@code u00XX}, everything else as it is).
 * Every writer of facts, log lines and answers uses it, so that the extract function's cold start loads no JSON
 * library beside the one the AWS SDK carries; jackson-core is still what reads facts back. It does not check the
 * structure it is given: its callers write whole objects and arrays.
 */
public final class JsonText {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder text = new StringBuilder(256);
    /** Whether the next value or name follows another one in its container (a comma first). */
    private boolean follows;

    public JsonText startObject() {
        separate();
        text.append('{');
        follows = false;
        return this;
    }

    public JsonText endObject() {
        text.append('}');
        follows = true;
        return this;
    }

    public JsonText startArray() {
        separate();
        text.append('[');
        follows = false;
        return this;
    }

    public JsonText endArray() {
        text.append(']');
        follows = true;
        return this;
    }

    /** A field's name; its value comes next. */
    public JsonText name(String name) {
        separate();
        quote(name);
        text.append(':');
        follows = false;
        return this;
    }

    /** A string, or null. */
    public JsonText string(String value) {
        separate();
        if (value == null) {
            text.append("null");
        } else {
            quote(value);
        }
        follows = true;
        return this;
    }

    public JsonText number(long value) {
        separate();
        text.append(value);
        follows = true;
        return this;
    }

    /** As {@link Double#toString}; NaN and the infinities as strings, as jackson-core writes them by default. */
    public JsonText number(double value) {
        if (!Double.isFinite(value)) {
            return string(Double.toString(value));
        }
        separate();
        text.append(value);
        follows = true;
        return this;
    }

    /** Without an exponent ({@link BigDecimal#toPlainString}). */
    public JsonText number(BigDecimal value) {
        separate();
        text.append(value.toPlainString());
        follows = true;
        return this;
    }

    /** A field whose value is a string or null. */
    public JsonText field(String name, String value) {
        return name(name).string(value);
    }

    public JsonText field(String name, long value) {
        return name(name).number(value);
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private void separate() {
        if (follows) {
            text.append(',');
        }
    }

    private void quote(String value) {
        text.append('"');
        int plain = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            text.append(value, plain, i).append('\\');
            switch (c) {
                case '"', '\\' -> text.append(c);
                case '\b' -> text.append('b');
                case '\t' -> text.append('t');
                case '\n' -> text.append('n');
                case '\f' -> text.append('f');
                case '\r' -> text.append('r');
                default -> text.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
            plain = i + 1;
        }
        text.append(value, plain, value.length()).append('"');
    }
}
