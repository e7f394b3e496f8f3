package dev.khabar.store.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A ProjectionExpression whose attribute names all go through placeholders (several are DynamoDB reserved words). */
record Projection(List<String> attributes) {
    static Projection of(String... attributes) {
        return new Projection(List.of(attributes));
    }

    String expression() {
        return IntStream.range(0, attributes.size()).mapToObj(i -> "#p" + i).collect(Collectors.joining(", "));
    }

    /** The placeholders of this projection together with the query's own. */
    Map<String, String> names(Map<String, String> others) {
        Map<String, String> names = new HashMap<>(others);
        for (int i = 0; i < attributes.size(); i++) {
            names.put("#p" + i, attributes.get(i));
        }
        return names;
    }
}
