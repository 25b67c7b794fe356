package dev.loopscope.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.ObservableList;

/**
 * Brings an observable list (the items of a ListView) to a new content with few, small changes:
 * entries that left are removed, new ones inserted where they belong and changed ones replaced in
 * place. A queue that loses its head and gains a tail costs two changes, not a rebuild, so a step
 * stays cheap on a run with 100,000 tasks and the cells that did not change are left alone.
 */
final class ListSync {
    private ListSync() {
    }

    /** Makes {@code target} equal to {@code next}; {@code key} identifies an entry across versions. */
    static <T, K> void sync(ObservableList<T> target, List<T> next, Function<T, K> key) {
        if (target.isEmpty() || next.isEmpty()) {
            if (!(target.isEmpty() && next.isEmpty())) {
                target.setAll(next);
            }
            return;
        }
        if (target.size() <= next.size() && alignedPrefix(target, next, key)) {
            // the common case of lists that only grow at the end (tasks): no hashing
            for (int j = 0; j < target.size(); j++) {
                if (!Objects.equals(target.get(j), next.get(j))) {
                    target.set(j, next.get(j));
                }
            }
            if (next.size() > target.size()) {
                target.addAll(next.subList(target.size(), next.size()));
            }
            return;
        }
        Set<K> nextKeys = new HashSet<>(next.size() * 2);
        for (T t : next) {
            nextKeys.add(key.apply(t));
        }
        // 1. drop entries that left (in runs, so that a head of k entries is one change)
        int i = target.size() - 1;
        while (i >= 0) {
            if (nextKeys.contains(key.apply(target.get(i)))) {
                i--;
                continue;
            }
            int end = i + 1;
            while (i >= 0 && !nextKeys.contains(key.apply(target.get(i)))) {
                i--;
            }
            target.remove(i + 1, end);
        }
        // 2. walk both: replace changed entries, insert new ones; a reordering falls back to setAll
        Set<K> present = null;
        for (int j = 0; j < next.size(); j++) {
            T want = next.get(j);
            if (j < target.size()) {
                T have = target.get(j);
                if (Objects.equals(key.apply(have), key.apply(want))) {
                    if (!Objects.equals(have, want)) {
                        target.set(j, want);
                    }
                    continue;
                }
                if (present == null) {
                    present = new HashSet<>();
                    for (T t : target) {
                        present.add(key.apply(t));
                    }
                }
                if (present.contains(key.apply(want))) {
                    target.setAll(next);
                    return;
                }
                target.add(j, want);
                present.add(key.apply(want));
            } else {
                target.addAll(next.subList(j, next.size()));
                return;
            }
        }
    }

    private static <T, K> boolean alignedPrefix(List<T> target, List<T> next, Function<T, K> key) {
        for (int j = 0; j < target.size(); j++) {
            if (!Objects.equals(key.apply(target.get(j)), key.apply(next.get(j)))) {
                return false;
            }
        }
        return true;
    }

    /** For lists that only grow or shrink at the end (the console): changes only the difference. */
    static <T> void syncPrefix(ObservableList<T> target, List<T> next) {
        if (next.size() >= target.size()) {
            if (!target.isEmpty() && !Objects.equals(target.get(target.size() - 1), next.get(target.size() - 1))) {
                target.setAll(next);
                return;
            }
            if (next.size() > target.size()) {
                target.addAll(next.subList(target.size(), next.size()));
            }
        } else {
            target.remove(next.size(), target.size());
            if (!next.isEmpty() && !Objects.equals(target.get(target.size() - 1), next.get(next.size() - 1))) {
                target.setAll(next);
            }
        }
    }
}
