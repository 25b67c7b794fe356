package dev.loopscope.ui;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A map from the run's ids (tasks, futures, handles: small, dense, non-negative counters) to
 * values, held in an array: the view model looks up one per row of a 100,000-row panel, where a
 * hash lookup per row is most of a jump's cost. Ids out of the array's reach go to a map.
 */
final class IdIndexed<V> {
    private static final int LIMIT = 1 << 24;
    private Object[] values = new Object[64];
    private final Map<Integer, V> outside = new HashMap<>();
    private int size;

    @SuppressWarnings("unchecked")
    V get(int id) {
        if (id >= 0 && id < LIMIT) {
            return id < values.length ? (V) values[id] : null;
        }
        return outside.get(id);
    }

    void put(int id, V value) {
        if (id >= 0 && id < LIMIT) {
            if (id >= values.length) {
                values = Arrays.copyOf(values, Math.max(id + 1, values.length * 2));
            }
            if (values[id] == null && value != null) {
                size++;
            } else if (values[id] != null && value == null) {
                size--;
            }
            values[id] = value;
        } else if (value == null) {
            outside.remove(id);
        } else {
            outside.put(id, value);
        }
    }

    int size() {
        return size + outside.size();
    }

    void clear() {
        values = new Object[64];
        outside.clear();
        size = 0;
    }
}
