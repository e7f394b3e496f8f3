package dev.khabar.query.http;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A request as the API sees it, independent of the event format.
 *
 * @param path  decoded path segments ({@code /entities/Q380/facts} → entities, Q380, facts)
 * @param query decodes the query parameters, each with every value it was given; called once the route is known,
 *              so an unknown route is a 404 whatever its query string
 */
public record HttpRequest(String method, List<String> path, Supplier<Map<String, List<String>>> query) {
    public HttpRequest {
        path = List.copyOf(path);
    }
}
