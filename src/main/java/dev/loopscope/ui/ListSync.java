package dev.loopscope.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
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

    /** What {@link #syncEntries} changed: entries that left, came or were replaced (old, new; null for none). */
    interface Changes<E> {
        void changed(E old, E now);
    }

    /** Past this many insertions and removals the rows are rebuilt in one change (a jump, not a step). */
    static final int MAX_EDITS = 48;
    /** Past this many rows replaced in place the rows are rebuilt in one change too. */
    static final int REPLACE_LIMIT = 512;

    /**
     * Makes {@code target}, whose rows were made from {@code shown} index by index, the rows of
     * {@code next}: a shortest edit script between the two entry lists (Myers' diff, on the entries'
     * keys; linear in the list's length times the edits, so a step on a queue of 100,000 costs one
     * pass and no hashing) removes and inserts rows, and an entry of the same key that is another
     * object (entries are immutable records) gets a new row. Rows are made only for entries that
     * came or changed. Returns false when the lists differ by more than {@link #MAX_EDITS}, or
     * more than {@link #REPLACE_LIMIT} entries of the same keys changed; then the rows were rebuilt
     * with one {@code setAll} and {@code changes} was not told.
     */
    static <E, R> boolean syncEntries(ObservableList<R> target, List<E> shown, List<E> next,
                                      BiPredicate<E, E> sameKey, Function<E, R> row, Changes<E> changes) {
        int n = shown.size();
        int m = next.size();
        if (target.size() != n) {
            rebuild(target, next, row);
            return false;
        }
        int p = 0;
        while (p < n && p < m && sameKey.test(shown.get(p), next.get(p))) {
            p++;
        }
        if (p == n && n == m && changedEntries(shown, next) > REPLACE_LIMIT) {
            // the same keys, most entries new (a jump): one setAll is cheaper than telling the list,
            // and every view of it, row by row
            rebuild(target, next, row);
            return false;
        }
        int s = 0;
        while (s < n - p && s < m - p && sameKey.test(shown.get(n - 1 - s), next.get(m - 1 - s))) {
            s++;
        }
        List<int[]> trace = trace(shown, next, p, n - s, p, m - s, sameKey);
        if (trace == null) {
            rebuild(target, next, row);
            return false;
        }
        // from the end to the start, so the indices still ahead stay those of `shown`
        for (int j = s - 1; j >= 0; j--) {
            replaceIfChanged(target, n - 1 - j, shown.get(n - 1 - j), next.get(m - 1 - j), row, changes);
        }
        int off = MAX_EDITS + 1;
        int x = n - s - p;
        int y = m - s - p;
        for (int d = trace.size() - 1; d > 0; d--) {
            int[] pv = trace.get(d);
            int k = x - y;
            int prevK = k == -d || (k != d && pv[off + k - 1] < pv[off + k + 1]) ? k + 1 : k - 1;
            int prevX = pv[off + prevK];
            int prevY = prevX - prevK;
            int startX = prevK == k + 1 ? prevX : prevX + 1;
            while (x > startX) {
                x--;
                y--;
                replaceIfChanged(target, p + x, shown.get(p + x), next.get(p + y), row, changes);
            }
            if (prevK == k + 1) {
                E came = next.get(p + prevY);
                target.add(p + prevX, row.apply(came));
                changes.changed(null, came);
            } else {
                E left = shown.get(p + prevX);
                target.remove(p + prevX);
                changes.changed(left, null);
            }
            x = prevX;
            y = prevY;
        }
        while (x > 0) {
            x--;
            y--;
            replaceIfChanged(target, p + x, shown.get(p + x), next.get(p + y), row, changes);
        }
        for (int j = p - 1; j >= 0; j--) {
            replaceIfChanged(target, j, shown.get(j), next.get(j), row, changes);
        }
        return true;
    }

    /** Places whose entry is another object: counted by identity alone, a pass over two arrays. */
    private static <E> int changedEntries(List<E> shown, List<E> next) {
        int changed = 0;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i) != next.get(i)) {
                changed++;
            }
        }
        return changed;
    }

    private static <E, R> void replaceIfChanged(ObservableList<R> target, int i, E old, E now, Function<E, R> row,
                                                Changes<E> changes) {
        if (old != now) {
            target.set(i, row.apply(now));
            changes.changed(old, now);
        }
    }

    private static <E, R> void rebuild(ObservableList<R> target, List<E> next, Function<E, R> row) {
        List<R> rows = new ArrayList<>(next.size());
        for (E e : next) {
            rows.add(row.apply(e));
        }
        target.setAll(rows);
    }

    /**
     * Myers' greedy search for the fewest insertions and removals from {@code a[a0..a1)} to
     * {@code b[b0..b1)}: per number of edits d, the furthest-reaching x per diagonal before round d
     * (indexed from MAX_EDITS + 1), which the caller walks back. Null past MAX_EDITS.
     */
    private static <E> List<int[]> trace(List<E> a, List<E> b, int a0, int a1, int b0, int b1, BiPredicate<E, E> same) {
        int n = a1 - a0;
        int m = b1 - b0;
        int max = Math.min(n + m, MAX_EDITS);
        int off = MAX_EDITS + 1;
        int[] v = new int[2 * MAX_EDITS + 3];
        List<int[]> trace = new ArrayList<>();
        if (Math.abs(n - m) > max) {
            return null;
        }
        // a jump changes much: give up after about two passes over the lists (a step takes one)
        long work = 2L * (n + m) + 4096;
        for (int d = 0; d <= max; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && same.test(a.get(a0 + x), b.get(b0 + y))) {
                    x++;
                    y++;
                }
                work -= 1 + x - v[off + k];
                if (work < 0) {
                    return null;
                }
                v[off + k] = x;
                if (x >= n && y >= m) {
                    return trace;
                }
            }
        }
        return null;
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
