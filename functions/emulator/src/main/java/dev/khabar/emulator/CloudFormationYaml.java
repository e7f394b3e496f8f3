package dev.khabar.emulator;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a CloudFormation/SAM template written in YAML into a JSON tree, turning the short intrinsic-function tags into
 * their long JSON form: {@code !Ref X} becomes {@code {"Ref": "X"}}, {@code !GetAtt A.B} becomes
 * {@code {"Fn::GetAtt": ["A", "B"]}}, {@code !Condition C} becomes {@code {"Condition": "C"}}, and any other
 * {@code !Name v} becomes {@code {"Fn::Name": v}}. A plain YAML reader would drop the tags and so lose which strings
 * are references.
 */
public final class CloudFormationYaml {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YAMLFactory YAML = new YAMLFactory();

    private CloudFormationYaml() {}

    public static JsonNode read(Path file) {
        try (JsonParser parser = YAML.createParser(Files.newBufferedReader(file))) {
            if (parser.nextToken() == null) {
                throw new IllegalArgumentException(file + " is empty");
            }
            return value(parser);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template " + file, e);
        }
    }

    public static JsonNode parse(String yaml) {
        try (JsonParser parser = YAML.createParser(yaml)) {
            if (parser.nextToken() == null) {
                throw new IllegalArgumentException("empty template");
            }
            return value(parser);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the template", e);
        }
    }

    /** Reads the value whose first token is current. */
    private static JsonNode value(JsonParser parser) throws IOException {
        String tag = intrinsicTag(parser.getTypeId());
        JsonNode plain = switch (parser.currentToken()) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IllegalStateException("unexpected YAML token " + parser.currentToken()
                    + " at " + parser.currentLocation());
        };
        return tag == null ? plain : intrinsic(tag, plain);
    }

    private static ObjectNode object(JsonParser parser) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            object.set(name, value(parser));
        }
        return object;
    }

    private static ArrayNode array(JsonParser parser) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(parser));
        }
        return array;
    }

    /** The function name of a CloudFormation short tag ("!Ref" → "Ref"), or null for no tag or a YAML core tag. */
    private static String intrinsicTag(Object typeId) {
        if (typeId == null) {
            return null;
        }
        String tag = typeId.toString();
        if (tag.startsWith("tag:yaml.org,2002:")) {
            return null;
        }
        return tag.startsWith("!") ? tag.substring(1) : tag;
    }

    private static JsonNode intrinsic(String tag, JsonNode argument) {
        ObjectNode node = NODES.objectNode();
        switch (tag) {
            case "Ref", "Condition" -> node.set(tag, argument);
            case "GetAtt" -> {
                if (argument.isTextual()) {
                    String text = argument.asText();
                    int dot = text.indexOf('.');
                    ArrayNode parts = NODES.arrayNode();
                    parts.add(dot < 0 ? text : text.substring(0, dot));
                    if (dot >= 0) {
                        parts.add(text.substring(dot + 1));
                    }
                    node.set("Fn::GetAtt", parts);
                } else {
                    node.set("Fn::GetAtt", argument);
                }
            }
            default -> node.set("Fn::" + tag, argument);
        }
        return node;
    }
}
