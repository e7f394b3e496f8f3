package dev.khabar.query.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of one request, checked against what its route takes: an unknown or repeated parameter is a
 * bad request (a typo such as {@code minamount} must not silently widen a query).
 */
public final class Parameters {
    private final Map<String, List<String>> values;

    public Parameters(Route route, Map<String, List<String>> values) {
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            if (!route.parameters().contains(entry.getKey())) {
                throw Problem.badParameter("unknown parameter '" + entry.getKey() + "' for " + route.pattern()
                        + (route.parameters().isEmpty() ? ", which takes none"
                        : "; it takes " + String.join(", ", new TreeSet<>(route.parameters()))));
            }
            if (entry.getValue().size() > 1) {
                throw Problem.badParameter("parameter '" + entry.getKey() + "' is given " + entry.getValue().size()
                        + " times; give it once");
            }
        }
        this.values = Map.copyOf(values);
    }

    public Optional<String> get(String name) {
        List<String> value = values.get(name);
        return value == null ? Optional.empty() : Optional.of(value.get(0));
    }

    public String required(String name) {
        return get(name).filter(v -> !v.isBlank())
                .orElseThrow(() -> Problem.badParameter("parameter '" + name + "' is required"));
    }

    /** The parameters that select what is read (all but {@code exclude}), sorted: what a cursor is bound to. */
    public String canonical(Set<String> exclude) {
        StringBuilder out = new StringBuilder();
        // length-prefixed, so no choice of names and values can make two different queries read the same
        new TreeSet<>(values.keySet()).stream().filter(name -> !exclude.contains(name)).forEach(name -> {
            String value = values.get(name).get(0);
            out.append(name.length()).append(':').append(name).append(value.length()).append(':').append(value);
        });
        return out.toString();
    }
}
