package dev.khabar.query.http;

import java.util.List;
import java.util.Map;

/**
 * A request as the API sees it, independent of the event format.
 *
 * @param path  decoded path segments ({@code /entities/Q380/facts} → entities, Q380, facts)
 * @param query decoded query parameters, each with every value it was given
 */
public record HttpRequest(String method, List<String> path, Map<String, List<String>> query) {
    public HttpRequest {
        path = List.copyOf(path);
        query = Map.copyOf(query);
    }
}
