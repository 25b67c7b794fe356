package dev.loopscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class ListSyncTest {
    /** An immutable entry: a key and a version (another object with the same key is a change). */
    record Entry(int key, int version) {
    }

    record Row(Entry entry) {
    }

    private static List<Row> rows(List<Entry> entries) {
        List<Row> out = new ArrayList<>();
        for (Entry e : entries) {
            out.add(new Row(e));
        }
        return out;
    }

    /** Syncs and checks the rows are those of next, and that exactly the changed entries were told. */
    private static boolean sync(ObservableList<Row> target, List<Entry> shown, List<Entry> next) {
        List<Entry> left = new ArrayList<>();
        List<Entry> came = new ArrayList<>();
        boolean stepwise = ListSync.syncEntries(target, shown, next, (a, b) -> a.key() == b.key(), Row::new,
                (old, now) -> {
                    if (old != null) {
                        left.add(old);
                    }
                    if (now != null) {
                        came.add(now);
                    }
                });
        assertEquals(rows(next), target);
        for (int i = 0; i < next.size(); i++) {
            assertTrue(target.get(i).entry() == next.get(i), "row made from the entry itself");
        }
        if (stepwise && shown.size() < 1000) {
            for (Entry e : shown) {
                boolean stays = next.stream().anyMatch(n -> n == e);
                assertEquals(!stays, left.stream().anyMatch(l -> l == e), "told that " + e + " left");
            }
            for (Entry e : next) {
                boolean was = shown.stream().anyMatch(o -> o == e);
                assertEquals(!was, came.stream().anyMatch(c -> c == e), "told that " + e + " came");
            }
        }
        return stepwise;
    }

    @Test
    void aJumpThatChangesMostEntriesOfTheSameKeysIsOneChangeNotThousands() {
        List<Entry> shown = new ArrayList<>();
        List<Entry> next = new ArrayList<>();
        List<Entry> step = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            shown.add(new Entry(i, 0));
            next.add(i % 3 == 0 ? shown.get(i) : new Entry(i, 1));
            step.add(i < ListSync.REPLACE_LIMIT ? new Entry(i, 2) : shown.get(i));
        }
        ObservableList<Row> target = FXCollections.observableArrayList(rows(shown));
        int[] events = {0};
        target.addListener((ListChangeListener<Row>) c -> events[0]++);
        assertFalse(sync(target, shown, next), "rebuilt, and the caller is told so");
        assertEquals(1, events[0]);
        // up to the limit, rows are still replaced one by one and each change is told
        ObservableList<Row> again = FXCollections.observableArrayList(rows(shown));
        assertTrue(sync(again, shown, step));
    }

    @Test
    void aQueueThatLosesItsHeadAndGainsATailChangesTwoRowsAndLeavesTheRestAlone() {
        List<Entry> shown = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            shown.add(new Entry(i, 0));
        }
        ObservableList<Row> target = FXCollections.observableArrayList(rows(shown));
        List<Row> before = new ArrayList<>(target);
        List<Entry> next = new ArrayList<>(shown.subList(1, shown.size()));
        next.add(new Entry(100_000, 0));
        int[] changes = {0};
        target.addListener((ListChangeListener<Row>) c -> {
            while (c.next()) {
                changes[0] += c.getRemovedSize() + c.getAddedSize();
            }
        });
        assertTrue(sync(target, shown, next));
        assertEquals(2, changes[0], "one row removed, one added");
        assertTrue(target.get(0) == before.get(1), "rows that did not change are the same objects");
    }

    @Test
    void randomEditsAreApplied() {
        Random random = new Random(3);
        for (int round = 0; round < 2000; round++) {
            int n = random.nextInt(30);
            List<Entry> shown = new ArrayList<>();
            int key = 0;
            for (int i = 0; i < n; i++) {
                key += 1 + random.nextInt(3);
                shown.add(new Entry(key, 0));
            }
            List<Entry> next = new ArrayList<>(shown);
            int edits = random.nextInt(round % 7 == 0 ? 80 : 6);
            for (int k = 0; k < edits; k++) {
                int what = random.nextInt(3);
                if (what == 0 && !next.isEmpty()) {
                    next.remove(random.nextInt(next.size()));
                } else if (what == 1) {
                    next.add(random.nextInt(next.size() + 1), new Entry(1000 + round * 100 + k, 0));
                } else if (!next.isEmpty()) {
                    int i = random.nextInt(next.size());
                    next.set(i, new Entry(next.get(i).key(), next.get(i).version() + 1));
                }
            }
            ObservableList<Row> target = FXCollections.observableArrayList(rows(shown));
            sync(target, shown, next);
        }
    }

    @Test
    void aReorderingOrAJumpRebuildsInOneChange() {
        List<Entry> shown = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            shown.add(new Entry(i, 0));
        }
        List<Entry> next = new ArrayList<>(shown);
        java.util.Collections.reverse(next);
        ObservableList<Row> target = FXCollections.observableArrayList(rows(shown));
        int[] events = {0};
        target.addListener((ListChangeListener<Row>) c -> events[0]++);
        assertFalse(sync(target, shown, next));
        assertEquals(1, events[0]);
    }
}
