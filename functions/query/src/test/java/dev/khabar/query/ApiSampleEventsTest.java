package dev.khabar.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.query.ApiCalls.Response;
import dev.khabar.query.http.Route;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * events/api-*.json, the samples for {@code sam local invoke QueryFunction -e …}: one per route, each answered with
 * a 200 by the handler over the published articles (their document ids are those of {@link PublishedArticles}).
 */
class ApiSampleEventsTest {
    private static final Path EVENTS = OpenApiContract.REPO.resolve("events");
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static List<Path> events() throws IOException {
        try (Stream<Path> files = Files.list(EVENTS)) {
            return files.filter(f -> f.getFileName().toString().matches("api-.*\\.json")).sorted().toList();
        }
    }

    @Test
    void thereIsOneEventPerRoute() throws IOException {
        Set<String> routeKeys = Arrays.stream(Route.values()).map(r -> "GET " + r.pattern()).collect(Collectors.toSet());
        List<String> eventRoutes = events().stream().map(ApiSampleEventsTest::read).map(APIGatewayV2HTTPEvent::getRouteKey).toList();
        assertEquals(routeKeys, Set.copyOf(eventRoutes));
        assertEquals(routeKeys.size(), eventRoutes.size());
    }

    @ParameterizedTest
    @MethodSource("events")
    void eachEventIsAnsweredFromThePublishedArticles(Path file) {
        APIGatewayV2HTTPEvent event = read(file);
        assertEquals("2.0", event.getVersion());
        Response response = PublishedArticles.get().api.send(event);
        assertEquals(200, response.status(), () -> file.getFileName() + " → " + response);
        if (response.json().has("items")) {
            assertFalse(response.json().path("items").isEmpty(), () -> file.getFileName() + " finds something: " + response);
        }
        assertTrue(response.contentType().startsWith("application/json"));
    }

    private static APIGatewayV2HTTPEvent read(Path file) {
        try {
            return JSON.readValue(file.toFile(), APIGatewayV2HTTPEvent.class);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file + " as an HTTP API event", e);
        }
    }
}
