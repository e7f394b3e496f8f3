package dev.khabar.local.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.query.http.Route;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {
    private final RouteTable routes = RouteTable.ofQueryFunction();

    @Test
    void everyRouteOfTheQueryFunctionIsServed() {
        for (Route route : Route.values()) {
            String path = route.pattern().replace("{id}", "x1");
            RouteTable.Match match = routes.match("GET", path).orElseThrow(() -> new AssertionError(path));
            assertEquals("GET " + route.pattern(), match.routeKey());
        }
    }

    @Test
    void pathParametersAreDecodedAndPlusStaysPlus() {
        RouteTable.Match match = routes.match("GET", "/entities/organization%3Ameta+platforms/facts").orElseThrow();
        assertEquals("GET /entities/{id}/facts", match.routeKey());
        assertEquals(Map.of("id", "organization:meta+platforms"), match.pathParameters());
    }

    @Test
    void arabicPathParameter() {
        RouteTable.Match match = routes.match("GET", "/entities/%D9%85%D9%8A%D8%AA%D8%A7").orElseThrow();
        assertEquals(Map.of("id", "ميتا"), match.pathParameters());
    }

    @Test
    void requestsThatMatchNoRouteNeverReachTheFunction() {
        assertTrue(routes.match("GET", "/nowhere").isEmpty());
        assertTrue(routes.match("POST", "/documents").isEmpty(), "only GET routes exist");
        assertTrue(routes.match("GET", "/documents//facts").isEmpty(), "an empty {id} matches nothing");
        assertTrue(routes.match("GET", "/documents/a/b/c").isEmpty());
        assertTrue(routes.match("GET", "/").isEmpty());
    }
}
