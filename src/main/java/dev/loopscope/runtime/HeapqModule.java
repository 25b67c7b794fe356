package dev.loopscope.runtime;

import java.util.ArrayList;
import java.util.List;

/** heapq: a line-by-line port of CPython's Lib/heapq.py, so ties resolve exactly as there. */
final class HeapqModule {
    private HeapqModule() {
    }

    static PyModule create() {
        PyModule m = new PyModule("heapq");
        m.def("heappush", (a, kw) -> {
            Args.positional("heappush", a, kw, 2, 2);
            List<Object> heap = heap("heappush() argument 1", a[0]);
            heap.add(a[1]);
            siftdown(heap, 0, heap.size() - 1);
            return Py.None;
        });
        m.def("heappop", (a, kw) -> {
            Args.positional("heappop", a, kw, 1, 1);
            return heappop(heap("heappop() argument", a[0]));
        });
        m.def("heapreplace", (a, kw) -> {
            Args.positional("heapreplace", a, kw, 2, 2);
            return heapreplace(heap("heapreplace() argument 1", a[0]), a[1]);
        });
        m.def("heappushpop", (a, kw) -> {
            Args.positional("heappushpop", a, kw, 2, 2);
            List<Object> heap = heap("heappushpop() argument 1", a[0]);
            Object item = a[1];
            if (!heap.isEmpty() && lt(heap.get(0), item)) {
                Object top = heap.get(0);
                heap.set(0, item);
                item = top;
                siftup(heap, 0);
            }
            return item;
        });
        m.def("heapify", (a, kw) -> {
            Args.positional("heapify", a, kw, 1, 1);
            heapify(heap("heapify() argument", a[0]));
            return Py.None;
        });
        m.def("nlargest", (a, kw) -> {
            Object[] b = Args.bind("nlargest", a, kw, new String[]{"n", "iterable", "key"}, 2);
            return new PyList(nlargest(Py.index(b[0]), b[1], Args.or(b[2], Py.None)));
        });
        m.def("nsmallest", (a, kw) -> {
            Object[] b = Args.bind("nsmallest", a, kw, new String[]{"n", "iterable", "key"}, 2);
            return new PyList(nsmallest(Py.index(b[0]), b[1], Args.or(b[2], Py.None)));
        });
        return m;
    }

    private static List<Object> heap(String what, Object o) {
        if (o instanceof PyList l) {
            return l.items;
        }
        throw Py.typeError(what + " must be list, not " + Py.typeName(o));
    }

    private static boolean lt(Object a, Object b) {
        return Ops.compareBool(a, b, Ops.LT);
    }

    static Object heappop(List<Object> heap) {
        if (heap.isEmpty()) {
            throw Py.raise(Builtins.INDEX_ERROR, "index out of range");
        }
        Object last = heap.remove(heap.size() - 1);
        if (!heap.isEmpty()) {
            Object ret = heap.get(0);
            heap.set(0, last);
            siftup(heap, 0);
            return ret;
        }
        return last;
    }

    static Object heapreplace(List<Object> heap, Object item) {
        if (heap.isEmpty()) {
            throw Py.raise(Builtins.INDEX_ERROR, "index out of range");
        }
        Object ret = heap.get(0);
        heap.set(0, item);
        siftup(heap, 0);
        return ret;
    }

    static void heapify(List<Object> x) {
        int n = x.size();
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftup(x, i);
        }
    }

    static void siftdown(List<Object> heap, int startpos, int pos) {
        Object newitem = heap.get(pos);
        while (pos > startpos) {
            int parentpos = (pos - 1) >> 1;
            Object parent = heap.get(parentpos);
            if (lt(newitem, parent)) {
                heap.set(pos, parent);
                pos = parentpos;
                continue;
            }
            break;
        }
        heap.set(pos, newitem);
    }

    static void siftup(List<Object> heap, int pos) {
        int endpos = heap.size();
        int startpos = pos;
        Object newitem = heap.get(pos);
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

    private static void siftdownMax(List<Object> heap, int startpos, int pos) {
        Object newitem = heap.get(pos);
        while (pos > startpos) {
            int parentpos = (pos - 1) >> 1;
            Object parent = heap.get(parentpos);
            if (lt(parent, newitem)) {
                heap.set(pos, parent);
                pos = parentpos;
                continue;
            }
            break;
        }
        heap.set(pos, newitem);
    }

    private static void siftupMax(List<Object> heap, int pos) {
        int endpos = heap.size();
        int startpos = pos;
        Object newitem = heap.get(pos);
        int childpos = 2 * pos + 1;
        while (childpos < endpos) {
            int rightpos = childpos + 1;
            if (rightpos < endpos && !lt(heap.get(rightpos), heap.get(childpos))) {
                childpos = rightpos;
            }
            heap.set(pos, heap.get(childpos));
            pos = childpos;
            childpos = 2 * pos + 1;
        }
        heap.set(pos, newitem);
        siftdownMax(heap, startpos, pos);
    }

    private static void heapreplaceMax(List<Object> heap, Object item) {
        heap.set(0, item);
        siftupMax(heap, 0);
    }

    private static void heapifyMax(List<Object> x) {
        for (int i = x.size() / 2 - 1; i >= 0; i--) {
            siftupMax(x, i);
        }
    }

    private static Object key(Object key, Object v) {
        return Py.call(key, new Object[]{v}, null);
    }

    static List<Object> nsmallest(long n, Object iterable, Object key) {
        if (n == 1) {
            Object it = Py.iter(iterable);
            Object best = null;
            Object bestKey = null;
            for (Object v = Py.next(it); v != null; v = Py.next(it)) {
                Object k = key == Py.None ? v : key(key, v);
                if (best == null || lt(k, bestKey)) {
                    best = v;
                    bestKey = k;
                }
            }
            return best == null ? new ArrayList<>() : new ArrayList<>(List.of(best));
        }
        Long size = sizeOf(iterable);
        if (size != null && n >= size) {
            List<Object> s = Sorting.sorted(Py.toList(iterable), key, false);
            return new ArrayList<>(s.subList(0, (int) Math.min(n, s.size())));
        }
        Object it = Py.iter(iterable);
        List<Object> result = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            Object v = Py.next(it);
            if (v == null) {
                break;
            }
            result.add(key == Py.None ? PyTuple.of(v, i) : PyTuple.of(key(key, v), i, v));
        }
        if (result.isEmpty()) {
            return result;
        }
        heapifyMax(result);
        Object top = ((PyTuple) result.get(0)).items[0];
        long order = n;
        for (Object v = Py.next(it); v != null; v = Py.next(it)) {
            Object k = key == Py.None ? v : key(key, v);
            if (lt(k, top)) {
                heapreplaceMax(result, key == Py.None ? PyTuple.of(v, order) : PyTuple.of(k, order, v));
                top = ((PyTuple) result.get(0)).items[0];
                order++;
            }
        }
        Sorting.sort(result, Py.None, false);
        List<Object> out = new ArrayList<>();
        for (Object r : result) {
            PyTuple t = (PyTuple) r;
            out.add(t.items[key == Py.None ? 0 : 2]);
        }
        return out;
    }

    static List<Object> nlargest(long n, Object iterable, Object key) {
        if (n == 1) {
            Object it = Py.iter(iterable);
            Object best = null;
            Object bestKey = null;
            for (Object v = Py.next(it); v != null; v = Py.next(it)) {
                Object k = key == Py.None ? v : key(key, v);
                if (best == null || Ops.compareBool(k, bestKey, Ops.GT)) {
                    best = v;
                    bestKey = k;
                }
            }
            return best == null ? new ArrayList<>() : new ArrayList<>(List.of(best));
        }
        Long size = sizeOf(iterable);
        if (size != null && n >= size) {
            List<Object> s = Sorting.sorted(Py.toList(iterable), key, true);
            return new ArrayList<>(s.subList(0, (int) Math.min(n, s.size())));
        }
        Object it = Py.iter(iterable);
        List<Object> result = new ArrayList<>();
        for (long i = 0; i > -n; i--) {
            Object v = Py.next(it);
            if (v == null) {
                break;
            }
            result.add(key == Py.None ? PyTuple.of(v, i) : PyTuple.of(key(key, v), i, v));
        }
        if (result.isEmpty()) {
            return result;
        }
        heapify(result);
        Object top = ((PyTuple) result.get(0)).items[0];
        long order = -n;
        for (Object v = Py.next(it); v != null; v = Py.next(it)) {
            Object k = key == Py.None ? v : key(key, v);
            if (lt(top, k)) {
                heapreplace(result, key == Py.None ? PyTuple.of(v, order) : PyTuple.of(k, order, v));
                top = ((PyTuple) result.get(0)).items[0];
                order--;
            }
        }
        Sorting.sort(result, Py.None, true);
        List<Object> out = new ArrayList<>();
        for (Object r : result) {
            PyTuple t = (PyTuple) r;
            out.add(t.items[key == Py.None ? 0 : 2]);
        }
        return out;
    }

    private static Long sizeOf(Object o) {
        try {
            return Len.of(o);
        } catch (PyException e) {
            if (e.exc.type().isSubtypeOf(Builtins.TYPE_ERROR) || e.exc.type().isSubtypeOf(Builtins.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }
}
