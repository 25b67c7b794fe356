package dev.loopscope.loop;

import java.util.ArrayList;

/**
 * CPython's heapq (Lib/heapq.py) over timer handles ordered by deadline alone: the same pushes,
 * pops and sifts, so that timers with equal deadlines leave the heap in CPython's order.
 */
final class Heapq {
    private Heapq() {
    }

    private static boolean lt(TimerHandle a, TimerHandle b) {
        return a.when < b.when;
    }

    static void heappush(ArrayList<TimerHandle> heap, TimerHandle item) {
        heap.add(item);
        siftdown(heap, 0, heap.size() - 1);
    }

    static TimerHandle heappop(ArrayList<TimerHandle> heap) {
        TimerHandle last = heap.remove(heap.size() - 1);
        if (!heap.isEmpty()) {
            TimerHandle ret = heap.get(0);
            heap.set(0, last);
            siftup(heap, 0);
            return ret;
        }
        return last;
    }

    static void heapify(ArrayList<TimerHandle> x) {
        int n = x.size();
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftup(x, i);
        }
    }

    private static void siftdown(ArrayList<TimerHandle> heap, int startpos, int pos) {
        TimerHandle newitem = heap.get(pos);
        while (pos > startpos) {
            int parentpos = (pos - 1) >> 1;
            TimerHandle parent = heap.get(parentpos);
            if (lt(newitem, parent)) {
                heap.set(pos, parent);
                pos = parentpos;
                continue;
            }
            break;
        }
        heap.set(pos, newitem);
    }

    private static void siftup(ArrayList<TimerHandle> heap, int pos) {
        int endpos = heap.size();
        int startpos = pos;
        TimerHandle newitem = heap.get(pos);
        int childpos = 2 * pos + 1;
        while (childpos < endpos) {
            int rightpos = childpos + 1;
            if (rightpos < endpos && !lt(heap.get(childpos), heap.get(rightpos))) {
                childpos = rightpos;
            }
            heap.set(pos, heap.get(childpos));
            pos = childpos;
            childpos = 2 * pos + 1;
        }
        heap.set(pos, newitem);
        siftdown(heap, startpos, pos);
    }
}
