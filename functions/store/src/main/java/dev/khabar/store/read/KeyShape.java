package dev.khabar.store.read;

import java.util.Set;

/**
 * The key a position must have to continue one query: the attributes of the table (or index) key, the partition it
 * reads and the sort-key range it covers. A position from another partition or range is refused, so a continuation
 * can never be turned into a read of keys the query itself would not reach.
 */
record KeyShape(Set<String> attributes, String partitionName, String partitionValue,
                String sortName, String sortLow, String sortHigh) {

    void check(Position position) {
        var key = position.key();
        if (!key.keySet().equals(attributes)) {
            throw new InvalidPositionException("position has key attributes " + key.keySet() + ", expected " + attributes);
        }
        if (!partitionValue.equals(key.get(partitionName))) {
            throw new InvalidPositionException("position belongs to another partition");
        }
        String sort = key.get(sortName);
        if ((sortLow != null && sort.compareTo(sortLow) < 0) || (sortHigh != null && sort.compareTo(sortHigh) > 0)) {
            throw new InvalidPositionException("position lies outside the range of this query");
        }
    }
}
