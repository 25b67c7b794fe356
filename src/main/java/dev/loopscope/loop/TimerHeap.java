package dev.loopscope.loop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code loop._scheduled}: a binary heap of timer handles ordered by deadline alone, with the
 * pushes, pops and sifts of CPython's Lib/heapq.py, so that timers with equal deadlines leave in
 * CPython's order. Deadlines sit in a parallel array so that sifting touches no handle.
 */
public final class TimerHeap {
    private TimerHandle[] items = new TimerHandle[16];
    private double[] whens = new double[16];
    private int size;

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public TimerHandle peek() {
        return items[0];
    }

    public TimerHandle get(int i) {
        return items[i];
    }

    /** The entries in heap (array) order, as a snapshot. */
    public List<TimerHandle> snapshot() {
        return new ArrayList<>(Arrays.asList(items).subList(0, size));
    }

    void clear() {
        Arrays.fill(items, 0, size, null);
        size = 0;
    }

    /** heapq.heappush. */
    void push(TimerHandle item) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
            whens = Arrays.copyOf(whens, size * 2);
        }
        items[size] = item;
        whens[size] = item.when;
        size++;
        siftdown(0, size - 1);
    }

    /** heapq.heappop. */
    TimerHandle pop() {
        size--;
        TimerHandle last = items[size];
        double lastWhen = whens[size];
        items[size] = null;
        if (size > 0) {
            TimerHandle ret = items[0];
            items[0] = last;
            whens[0] = lastWhen;
            siftup(0);
            return ret;
        }
        return last;
    }

    /** Keeps the handles not cancelled and re-heapifies them (heapq.heapify), as _run_once does. */
    void retainLiveAndHeapify(java.util.function.Consumer<TimerHandle> dropped) {
        int n = 0;
        for (int i = 0; i < size; i++) {
            TimerHandle h = items[i];
            if (h.cancelled) {
                dropped.accept(h);
            } else {
                items[n] = h;
                whens[n] = h.when;
                n++;
            }
        }
        Arrays.fill(items, n, size, null);
        size = n;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftup(i);
        }
    }

    private void siftdown(int startpos, int pos) {
        TimerHandle newitem = items[pos];
        double newWhen = whens[pos];
        while (pos > startpos) {
            int parentpos = (pos - 1) >> 1;
            if (newWhen < whens[parentpos]) {
                items[pos] = items[parentpos];
                whens[pos] = whens[parentpos];
                pos = parentpos;
                continue;
            }
            break;
        }
        items[pos] = newitem;
        whens[pos] = newWhen;
    }

    private void siftup(int pos) {
        int endpos = size;
        int startpos = pos;
        TimerHandle newitem = items[pos];
        double newWhen = whens[pos];
        int childpos = 2 * pos + 1;
        while (childpos < endpos) {
            int rightpos = childpos + 1;
            if (rightpos < endpos && !(whens[childpos] < whens[rightpos])) {
                childpos = rightpos;
            }
            items[pos] = items[childpos];
            whens[pos] = whens[childpos];
            pos = childpos;
            childpos = 2 * pos + 1;
        }
        items[pos] = newitem;
        whens[pos] = newWhen;
        siftdown(startpos, pos);
    }
}
