package dev.loopscope.render;

import java.util.Arrays;

/** A growable int array: the model's storage, one primitive per item. */
final class IntArray {
    private int[] a;
    private int size;

    IntArray(int capacity) {
        a = new int[Math.max(4, capacity)];
    }

    void add(int v) {
        if (size == a.length) {
            a = Arrays.copyOf(a, a.length * 2);
        }
        a[size++] = v;
    }

    int get(int i) {
        return a[i];
    }

    void set(int i, int v) {
        a[i] = v;
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(a, size);
    }

    /** An int table indexed by id (task, handle): grows on demand, 0 where never set. */
    static int[] put(int[] table, int index, int value) {
        if (index >= table.length) {
            table = Arrays.copyOf(table, Math.max(index + 1, table.length * 2));
        }
        table[index] = value;
        return table;
    }

    static int at(int[] table, int index) {
        return index >= 0 && index < table.length ? table[index] : 0;
    }
}
