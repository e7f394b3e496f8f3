package dev.khabar.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.query.http.Route;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The routes the function serves and the routes infra/openapi.yaml declares are the same, parameter for parameter. */
class OpenApiRoutesTest {
    private final OpenApiContract contract = OpenApiContract.get();

    @Test
    void theDocumentDeclaresExactlyTheFunctionsRoutes() {
        assertEquals(Arrays.stream(Route.values()).map(Route::pattern).collect(Collectors.toSet()),
                new HashSet<>(contract.routes()));
        for (String route : contract.routes()) {
            Set<String> methods = new HashSet<>();
            contract.document().path("paths").path(route).fieldNames().forEachRemaining(methods::add);
            assertEquals(Set.of("get"), methods, route + " is GET only");
        }
    }

    @Test
    void eachRouteDeclaresTheQueryParametersItTakesAndItsPathValue() {
        for (Route route : Route.values()) {
            List<JsonNode> parameters = contract.parameters(route.pattern());
            Set<String> query = parameters.stream().filter(p -> p.path("in").asText().equals("query"))
                    .map(p -> p.path("name").asText()).collect(Collectors.toSet());
            assertEquals(route.parameters(), query, route.pattern());
            boolean hasId = route.pattern().contains("{id}");
            assertEquals(hasId, parameters.stream().anyMatch(p -> p.path("in").asText().equals("path")
                    && p.path("name").asText().equals("id") && p.path("required").asBoolean()), route.pattern());
            assertTrue(contract.document().path("paths").path(route.pattern()).path("get")
                    .has("x-amazon-apigateway-integration"), route.pattern() + " is integrated with the function");
        }
    }

    @Test
    void everyOtherRequestGoesToTheFunctionToo() {
        JsonNode fallback = contract.document().path("paths").path("/$default").path("x-amazon-apigateway-any-method");
        assertTrue(fallback.path("isDefaultRoute").asBoolean(), "404 and 405 come from the function as problem JSON");
    }
}
