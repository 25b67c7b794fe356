package dev.loopscope.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A stable merge sort comparing with Python's {@code <} only, as list.sort does: equal items keep
 * their order, and {@code reverse=True} keeps equal items in their original order too.
 */
public final class Sorting {
    private Sorting() {
    }

    public static void sort(List<Object> items, Object key, boolean reverse) {
        int n = items.size();
        if (n < 2) {
            return;
        }
        Object[] keys = new Object[n];
        Object[] vals = items.toArray();
        for (int i = 0; i < n; i++) {
            keys[i] = key == null || key == Py.None ? vals[i] : Py.call(key, new Object[]{vals[i]}, null);
        }
        if (reverse) {
            reverse(keys);
            reverse(vals);
        }
        mergeSort(keys, vals, new Object[n], new Object[n], 0, n);
        if (reverse) {
            reverse(keys);
            reverse(vals);
        }
        for (int i = 0; i < n; i++) {
            items.set(i, vals[i]);
        }
    }

    public static List<Object> sorted(List<Object> items, Object key, boolean reverse) {
        List<Object> out = new ArrayList<>(items);
        sort(out, key, reverse);
        return out;
    }

    private static void reverse(Object[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    static boolean lt(Object a, Object b) {
        return Ops.compareBool(a, b, Ops.LT);
    }

    private static void mergeSort(Object[] k, Object[] v, Object[] tk, Object[] tv, int lo, int hi) {
        if (hi - lo <= 8) {
            for (int i = lo + 1; i < hi; i++) {
                Object ck = k[i];
                Object cv = v[i];
                int j = i;
                while (j > lo && lt(ck, k[j - 1])) {
                    k[j] = k[j - 1];
                    v[j] = v[j - 1];
                    j--;
                }
                k[j] = ck;
                v[j] = cv;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(k, v, tk, tv, lo, mid);
        mergeSort(k, v, tk, tv, mid, hi);
        if (!lt(k[mid], k[mid - 1])) {
            return;
        }
        System.arraycopy(k, lo, tk, lo, hi - lo);
        System.arraycopy(v, lo, tv, lo, hi - lo);
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
            if (lt(tk[j], tk[i])) {
                k[o] = tk[j];
                v[o++] = tv[j++];
            } else {
                k[o] = tk[i];
                v[o++] = tv[i++];
            }
        }
        while (i < mid) {
            k[o] = tk[i];
            v[o++] = tv[i++];
        }
        while (j < hi) {
            k[o] = tk[j];
            v[o++] = tv[j++];
        }
    }

}
