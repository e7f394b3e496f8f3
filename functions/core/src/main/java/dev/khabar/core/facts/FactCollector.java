package dev.khabar.core.facts;

import dev.khabar.core.model.Amount;
import dev.khabar.core.model.DateValue;
import dev.khabar.core.model.Evidence;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps one fact per (type, subject, object): a statement repeated later in the text adds only what the first one
 * lacked (an amount, a date). A PARTNERSHIP is the same in both directions.
 */
final class FactCollector {
    private final Map<String, Fact> facts = new LinkedHashMap<>();
    private final List<Fact> order = new ArrayList<>();

    Fact last() {
        return order.isEmpty() ? null : order.get(order.size() - 1);
    }

    List<Fact> all() {
        return List.copyOf(facts.values());
    }

    boolean has(FactType type, String subject, String object) {
        return facts.containsKey(key(type, subject, object));
    }

    /** The fact already kept for (type, subject, object), or null. */
    Fact get(FactType type, String subject, String object) {
        return facts.get(key(type, subject, object));
    }

    void add(FactType type, String subject, String object, Amount amount, Integer count, DateValue date, String role,
             String status, Evidence evidence, double confidence) {
        if (subject == null || Objects.equals(subject, object)) {
            return;
        }
        String key = key(type, subject, object);
        Fact old = facts.get(key);
        Fact fact;
        if (old == null) {
            fact = new Fact(null, type, subject, object, amount, count, date, role, status, evidence, confidence);
        } else {
            fact = new Fact(null, type, old.subject(), old.object(), first(old.amount(), amount), first(old.count(), count),
                    first(old.date(), date), first(old.role(), role), old.status(), old.evidence(),
                    Math.max(old.confidence(), confidence));
        }
        facts.put(key, fact);
        order.add(fact);
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    private static String key(FactType type, String subject, String object) {
        if (type == FactType.PARTNERSHIP && object != null && subject.compareTo(object) > 0) {
            return type + "|" + object + "|" + subject;
        }
        return type + "|" + subject + "|" + object;
    }

    /** The facts with ids f1, f2, … in the order first stated. */
    List<Fact> numbered() {
        List<Fact> out = new ArrayList<>(facts.size());
        int n = 0;
        for (Fact f : facts.values()) {
            n++;
            out.add(new Fact("f" + n, f.type(), f.subject(), f.object(), f.amount(), f.count(), f.date(), f.role(),
                    f.status(), f.evidence(), f.confidence()));
        }
        return out;
    }
}
