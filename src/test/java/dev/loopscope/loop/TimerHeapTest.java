package dev.loopscope.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The timer heap pops equal deadlines in the order CPython's heapq does (which is not the order
 * they were pushed). The expected order was produced by Python's heapq on objects compared by
 * deadline alone, for this same sequence of pushes (deadline) and pops (-1).
 */
class TimerHeapTest {
    private static final String OPS = "2.0,3.0,1.0,1.0,-1,-1,1.0,-1,2.0,-1,0.5,-1,-1,1.0,3.0,-1,-1,2.0,-1,-1,1.0,0.5,2.0,-1,2.0,-1,1.0,0.5,-1,3.0,3.0,3.0,-1,-1,-1,1.0,0.5,2.0,2.0,1.0,-1,2.0,-1,1.0,1.0,0.5,2.0,-1,-1,3.0,-1,-1,-1,1.0,-1,1.0,1.0,2.0,1.0,-1,2.0,-1,-1,-1,2.0,3.0,-1,1.0,-1,2.0,3.0,2.0,2.0,3.0,2.0,-1,-1,1.0,0.5,-1,-1,-1,0.5,2.0,0.5,1.0,1.0,1.0,3.0,-1,-1,3.0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0.5,-1,2.0,3.0,-1,3.0,2.0,-1,-1,-1,-1,2.0,2.0,0.5,-1,1.0,2.0,1.0,2.0,2.0,-1,-1,0.5,-1,-1,2.0,3.0,2.0,-1,1.0,-1,-1,-1,-1,2.0,1.0,2.0,-1,-1,2.0,-1,0.5,3.0,2.0,1.0,1.0,1.0,3.0,3.0,2.0,-1,1.0,-1,1.0,2.0,1.0,-1,1.0,-1,3.0,2.0,-1,1.0,-1,1.0,-1,2.0,2.0,2.0,-1,-1,0.5,-1,2.0,-1,3.0,0.5,0.5,-1,-1,3.0,0.5,-1,2.0,-1,1.0,2.0,0.5,1.0,1.0,-1,-1,0.5,1.0,1.0,0.5,0.5,1.0,-1,3.0,2.0,2.0,2.0,2.0,3.0,1.0,3.0,-1,1.0,2.0,1.0,2.0,-1,-1,1.0,3.0,2.0,2.0,-1,0.5,3.0,-1,-1,1.0,-1,1.0,-1,-1,0.5,1.0,2.0,1.0,-1,-1,2.0,-1,-1,1.0,2.0,0.5,0.5,2.0,-1,-1,3.0,2.0,1.0,-1,-1,2.0,-1,3.0,-1,3.0,2.0,1.0,2.0,2.0,-1,-1,1.0,-1,2.0,1.0,-1,-1,-1,-1,-1,0.5,0.5,3.0,-1,3.0,0.5,3.0,2.0,2.0,-1,1.0,2.0,2.0,2.0,-1,2.0,1.0,-1,0.5,2.0,1.0,-1,2.0,-1,-1,-1,-1,2.0";
    private static final String CPYTHON_ORDER = "2,3,6,0,10,8,13,1,17,14,21,20,27,26,22,24,36,35,45,39,43,44,37,53,55,56,58,57,60,67,38,71,78,77,74,82,84,85,86,87,72,83,46,69,41,64,29,88,103,105,109,65,106,49,116,118,120,125,121,122,132,130,114,119,138,139,128,144,147,148,149,158,160,154,165,167,174,156,179,180,184,176,190,188,195,198,199,191,192,222,196,197,200,211,231,226,228,213,242,243,234,249,232,217,240,258,208,263,266,259,146,265,272,273,277,282,290,288,292,283,291,294,284,285,287,299,171,186,279,280,189,244,257,260,214,152,220,170,219,237,241,248,252,212,233,137,169,142,204,163,205,206,157,203,115,256,129,108,70,183,278,209,150,151,218,31,91,162,73,276,247,202,254,178,274,223,207,30,145";

    @Test
    void popsInHeapqOrder() {
        TimerHeap heap = new TimerHeap();
        List<Integer> popped = new ArrayList<>();
        String[] ops = OPS.split(",");
        for (int k = 0; k < ops.length; k++) {
            double w = Double.parseDouble(ops[k]);
            if (w < 0) {
                popped.add(heap.pop().id);
            } else {
                heap.push(new TimerHandle(k, w, null, new Object[0], null));
            }
        }
        while (!heap.isEmpty()) {
            popped.add(heap.pop().id);
        }
        List<Integer> expected = Arrays.stream(CPYTHON_ORDER.split(",")).map(Integer::valueOf).toList();
        assertEquals(expected, popped);
    }

    @Test
    void heapifyKeepsOnlyLiveTimersInHeapOrder() {
        TimerHeap heap = new TimerHeap();
        List<TimerHandle> all = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            TimerHandle t = new TimerHandle(i, 10 - i % 3, null, new Object[0], null);
            t.cancelled = i % 2 == 0;
            all.add(t);
            heap.push(t);
        }
        List<Integer> dropped = new ArrayList<>();
        heap.retainLiveAndHeapify(h -> dropped.add(h.id));
        assertEquals(5, heap.size());
        assertEquals(List.of(0, 2, 4, 6, 8), dropped.stream().sorted().toList());
        double last = Double.NEGATIVE_INFINITY;
        while (!heap.isEmpty()) {
            TimerHandle t = heap.pop();
            assertEquals(1, t.id % 2);
            last = Math.max(last, t.when);
            assertEquals(last, t.when);
        }
    }
}
