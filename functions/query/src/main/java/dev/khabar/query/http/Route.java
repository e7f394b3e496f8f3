package dev.khabar.query.http;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The API's routes: a path pattern ({@code {id}} matches one segment) and the query parameters it takes.
 * The OpenAPI document (infra/openapi.yaml) describes the same routes; a test keeps the two in step.
 */
public enum Route {
    DOCUMENTS("/documents", "limit", "next"),
    DOCUMENT("/documents/{id}"),
    DOCUMENT_FACTS("/documents/{id}/facts"),
    ENTITIES("/entities", "q", "type", "limit", "next"),
    ENTITY("/entities/{id}"),
    ENTITY_FACTS("/entities/{id}/facts", "type", "from", "to", "limit", "next"),
    FACTS("/facts", "type", "from", "to", "minAmount", "currency", "limit", "next");

    public static final String METHOD = "GET";

    private final String pattern;
    private final List<String> segments;
    private final Set<String> parameters;

    Route(String pattern, String... parameters) {
        this.pattern = pattern;
        this.segments = List.of(pattern.substring(1).split("/"));
        this.parameters = Set.of(parameters);
    }

    public String pattern() {
        return pattern;
    }

    public Set<String> parameters() {
        return parameters;
    }

    /** The path value of {@code {id}} when the segments match this route. */
    Optional<String> match(List<String> path) {
        if (path.size() != segments.size()) {
            return Optional.empty();
        }
        String id = null;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).equals("{id}")) {
                if (path.get(i).isEmpty()) {
                    return Optional.empty();
                }
                id = path.get(i);
            } else if (!segments.get(i).equals(path.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(id == null ? "" : id);
    }

    /** The route a request addresses, or a problem: 404 for an unknown path, 405 for a method other than GET. */
    public static Matched resolve(HttpRequest request) {
        for (Route route : values()) {
            Optional<String> id = route.match(request.path());
            if (id.isPresent()) {
                if (!METHOD.equals(request.method())) {
                    throw Problem.methodNotAllowed(request.method() + " is not allowed on " + route.pattern
                            + "; the API is read-only: use GET");
                }
                return new Matched(route, id.get());
            }
        }
        throw Problem.unknownRoute("no route for /" + String.join("/", request.path())
                + "; routes are /documents, /documents/{id}, /documents/{id}/facts, /entities?q=, /entities/{id},"
                + " /entities/{id}/facts and /facts?type=");
    }

    /** A resolved route and its {@code {id}} (empty for routes without one). */
    public record Matched(Route route, String id) {
    }
}
