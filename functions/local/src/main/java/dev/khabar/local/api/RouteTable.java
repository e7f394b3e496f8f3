package dev.khabar.local.api;

import dev.khabar.query.http.Route;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * API Gateway's side of routing: which route key ({@code GET /documents/{id}}) a request matches and the values of
 * its path parameters. The routes are the query module's own route table, the one the template's HttpApi events and
 * infra/openapi.yaml are kept in step with; a request that matches none never reaches the function, as in API Gateway.
 */
final class RouteTable {
    /** A route template: its key and its path split into segments, {@code {name}} standing for one segment. */
    record Template(String routeKey, String method, List<String> segments) {}

    /** A request matched to a template: the route key and decoded path parameters. */
    record Match(String routeKey, Map<String, String> pathParameters) {}

    private final List<Template> templates;

    RouteTable(List<Template> templates) {
        this.templates = List.copyOf(templates);
    }

    static RouteTable ofQueryFunction() {
        return new RouteTable(Arrays.stream(Route.values())
                .map(route -> new Template(Route.METHOD + " " + route.pattern(), Route.METHOD, segments(route.pattern())))
                .toList());
    }

    Optional<Match> match(String method, String rawPath) {
        List<String> path = segments(rawPath);
        for (Template template : templates) {
            if (template.method().equals(method) && template.segments().size() == path.size()) {
                Map<String, String> parameters = new LinkedHashMap<>();
                if (matches(template.segments(), path, parameters)) {
                    return Optional.of(new Match(template.routeKey(), parameters));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(List<String> template, List<String> path, Map<String, String> parameters) {
        for (int i = 0; i < template.size(); i++) {
            String expected = template.get(i);
            String actual = path.get(i);
            if (expected.startsWith("{") && expected.endsWith("}")) {
                if (actual.isEmpty()) {
                    return false;
                }
                parameters.put(expected.substring(1, expected.length() - 1), decode(actual));
            } else if (!expected.equals(actual)) {
                return false;
            }
        }
        return true;
    }

    /** {@code /a/b} → [a, b]; a trailing slash gives an empty last segment, which no template has. */
    private static List<String> segments(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return List.of(relative.split("/", -1));
    }

    /** Percent-decoding of one path segment; {@code +} stays a plus in a path. */
    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return segment;
        }
    }
}
