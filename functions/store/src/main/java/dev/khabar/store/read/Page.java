package dev.khabar.store.read;

import java.util.List;
import java.util.function.Function;

/** Some items in query order, and where to continue (null when there is nothing more). */
public record Page<T>(List<T> items, Position next) {
    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }
}
