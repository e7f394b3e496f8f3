package dev.khabar.query;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * infra/openapi.yaml as a test oracle: which path template a request hits, and whether a response's status,
 * content type and body are what the document declares for it.
 */
final class OpenApiContract {
    static final Path REPO = Path.of(System.getProperty("khabar.root", "../.."));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiContract INSTANCE = new OpenApiContract(REPO.resolve("infra/openapi.yaml"));

    private final JsonNode document;
    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);

    private OpenApiContract(Path file) {
        try {
            document = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static OpenApiContract get() {
        return INSTANCE;
    }

    JsonNode document() {
        return document;
    }

    /** Path templates of the API's routes ({@code /$default} left out). */
    List<String> routes() {
        List<String> routes = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(p -> {
            if (!p.startsWith("/$")) {
                routes.add(p);
            }
        });
        return routes;
    }

    /** The operation's parameters with {@code $ref}s resolved. */
    List<JsonNode> parameters(String route) {
        List<JsonNode> parameters = new ArrayList<>();
        document.path("paths").path(route).path("get").path("parameters").forEach(p -> parameters.add(resolve(p)));
        return parameters;
    }

    /** Asserts that the answer to {@code method path} is one the document declares. */
    void check(String method, List<String> path, int status, String contentType, String body) {
        JsonNode operation = operation(method, path);
        JsonNode response = operation.path("responses").path(Integer.toString(status));
        if (response.isMissingNode() && status >= 500) {
            response = operation.path("responses").path("default"); // only server errors may fall to the default
        }
        assertTrue(!response.isMissingNode(), () -> "openapi.yaml declares no " + status + " for " + method + " /"
                + String.join("/", path) + "; body " + body);
        response = resolve(response);
        JsonNode media = response.path("content").path(contentType);
        assertTrue(!media.isMissingNode(), () -> "openapi.yaml declares no " + contentType + " for " + status
                + " of " + method + " /" + String.join("/", path));
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("response body is not JSON: " + body, e);
        }
        Set<ValidationMessage> errors = schema(media.path("schema")).validate(value);
        assertTrue(errors.isEmpty(), () -> "response of " + method + " /" + String.join("/", path) + " (" + status
                + ") does not match openapi.yaml: " + errors + "\n" + body);
    }

    private JsonNode operation(String method, List<String> path) {
        String template = template(path);
        // methods are case-sensitive: "get" is not GET, and is answered like any other method the path lacks
        if (template != null && method.equals(method.toUpperCase(Locale.ROOT))) {
            JsonNode operation = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
            if (!operation.isMissingNode()) {
                return operation;
            }
        }
        JsonNode fallback = document.path("paths").path("/$default").path("x-amazon-apigateway-any-method");
        assertNotNull(fallback);
        return fallback;
    }

    /** The path template whose segments match, {@code {…}} matching any one non-empty segment. */
    String template(List<String> path) {
        for (String route : routes()) {
            String[] parts = route.substring(1).split("/");
            if (parts.length != path.size()) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < parts.length && matches; i++) {
                matches = parts[i].startsWith("{") ? !path.get(i).isEmpty() : parts[i].equals(path.get(i));
            }
            if (matches) {
                return route;
            }
        }
        return null;
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                fail("only local references are expected: " + ref);
            }
            node = document.at(ref.substring(1));
        }
        return node;
    }

    /** A draft-4 schema of one OpenAPI schema object, its component references pointed at embedded definitions. */
    private JsonSchema schema(JsonNode openApiSchema) {
        ObjectNode root = (ObjectNode) rewriteRefs(openApiSchema.deepCopy());
        root.set("definitions", rewriteRefs(document.path("components").path("schemas").deepCopy()));
        return schemas.getSchema(root);
    }

    private static JsonNode rewriteRefs(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.has("$ref")) {
                object.put("$ref", object.get("$ref").asText().replace("#/components/schemas/", "#/definitions/"));
            }
            Iterator<String> names = object.fieldNames();
            List<String> fields = new ArrayList<>();
            names.forEachRemaining(fields::add);
            fields.forEach(f -> rewriteRefs(object.get(f)));
        } else if (node.isArray()) {
            node.forEach(OpenApiContract::rewriteRefs);
        }
        return node;
    }
}
