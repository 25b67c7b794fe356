package dev.loopscope.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * set and frozenset: a port of CPython 3.11's Objects/setobject.c hash table, so that sets
 * iterate, print and pop in exactly CPython's order. Slots hold the first key inserted (so
 * {@code {1, 1.0}} is {@code {1}}) and its Python hash; keys compare with Python equality.
 */
public final class PySet extends PyObject {
    static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a deleted slot (CPython's dummy, stored with hash -1). */
    private static final Object DUMMY = new Object() {
        @Override
        public String toString() {
            return "<dummy key>";
        }
    };

    private Object[] keys = new Object[MINSIZE];
    private long[] hashes = new long[MINSIZE];
    private int mask = MINSIZE - 1;
    /** Active plus dummy slots. */
    private int fill;
    /** Active slots: the size. */
    private int used;
    /** Where the next pop() starts looking. */
    private int finger;
    /** A frozenset's hash once computed, else -1. */
    private long hash = -1;
    public final boolean frozen;

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    @Override
    public PyType type() {
        return frozen ? Builtins.FROZENSET : Builtins.SET;
    }

    // ------------------------------------------------------------------------------ hashing

    /** The hash of a key; a mutable set used as a lookup key hashes as the frozenset it equals. */
    private static long hashOf(Object key) {
        return Hashing.hash(key);
    }

    /** CPython's frozenset_hash; it depends only on the hashes of the elements. */
    long frozenHash() {
        if (hash != -1) {
            return hash;
        }
        long h = contentHash();
        if (frozen) {
            hash = h;
        }
        return h;
    }

    private long contentHash() {
        long h = 0;
        for (int i = 0; i <= mask; i++) {
            Object k = keys[i];
            if (k != null && k != DUMMY) {
                h ^= shuffleBits(hashes[i]);
            }
        }
        h ^= (used + 1L) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) {
            h = 590923713L;
        }
        return h;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    // ------------------------------------------------------------------------------ probing

    /** set_lookkey: the slot holding a key equal to {@code key}, or -1. */
    private int lookkey(Object key, long h) {
        restart:
        while (true) {
            Object[] table = keys;
            int m = mask;
            long perturb = h;
            int i = (int) (h & m);
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    Object k = table[j];
                    if (k == null) {
                        return -1;
                    }
                    if (k != DUMMY && hashes[j] == h) {
                        if (k == key) {
                            return j;
                        }
                        boolean eq = Py.eq(k, key);
                        if (keys != table || table[j] != k) {
                            continue restart;
                        }
                        if (eq) {
                            return j;
                        }
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /** set_add_entry. */
    private void addEntry(Object key, long h) {
        restart:
        while (true) {
            Object[] table = keys;
            long[] hs = hashes;
            int m = mask;
            long perturb = h;
            int i = (int) (h & m);
            int freeslot = -1;
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    Object k = table[j];
                    if (k == null) {
                        if (freeslot >= 0) {
                            used++;
                            table[freeslot] = key;
                            hs[freeslot] = h;
                            hash = -1;
                            return;
                        }
                        fill++;
                        used++;
                        table[j] = key;
                        hs[j] = h;
                        hash = -1;
                        if ((long) fill * 5 < (long) m * 3) {
                            return;
                        }
                        tableResize(used > 50000 ? used * 2 : used * 4);
                        return;
                    }
                    if (k == DUMMY) {
                        freeslot = j; // the last dummy seen, as in 3.11
                    } else if (hs[j] == h) {
                        if (k == key) {
                            return;
                        }
                        boolean eq = Py.eq(k, key);
                        if (eq) {
                            return;
                        }
                        if (keys != table || table[j] != k) {
                            continue restart;
                        }
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /** set_insert_clean: places a key known to be absent into a table without dummies. */
    private static void insertClean(Object[] table, long[] hs, int m, Object key, long h) {
        long perturb = h;
        int i = (int) (h & m);
        while (true) {
            if (table[i] == null) {
                table[i] = key;
                hs[i] = h;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) {
                        table[i + j] = key;
                        hs[i + j] = h;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** set_table_resize: the smallest power of two above {@code minused}, at least MINSIZE. */
    private void tableResize(long minused) {
        long newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        if (newsize > (1 << 30)) {
            throw Py.raise(Builtins.MEMORY_ERROR, "");
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        if (newsize == MINSIZE && oldKeys.length == MINSIZE && fill == used) {
            return;
        }
        int n = (int) newsize;
        Object[] newKeys = new Object[n];
        long[] newHashes = new long[n];
        int newmask = n - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            Object k = oldKeys[i];
            if (k != null && k != DUMMY) {
                insertClean(newKeys, newHashes, newmask, k, oldHashes[i]);
            }
        }
        keys = newKeys;
        hashes = newHashes;
        mask = newmask;
        fill = used;
    }

    // ------------------------------------------------------------------------------ public API

    public int size() {
        return used;
    }

    public boolean contains(Object o) {
        return lookkey(o, lookupHash(o)) >= 0;
    }

    /** set.add. */
    public void add(Object o) {
        addEntry(o, hashOf(o));
    }

    /** set.discard: whether the key was there. */
    public boolean remove(Object o) {
        return discardEntry(o, lookupHash(o));
    }

    /** The hash used to look a key up: a mutable set stands for the frozenset it equals. */
    private static long lookupHash(Object o) {
        if (o instanceof PySet s && !s.frozen) {
            return s.contentHash();
        }
        return hashOf(o);
    }

    private boolean discardEntry(Object key, long h) {
        int i = lookkey(key, h);
        if (i < 0) {
            return false;
        }
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        hash = -1;
        return true;
    }

    /** set.clear (set_clear_internal): back to an empty minimum-size table; the pop finger stays. */
    public void clear() {
        keys = new Object[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
        hash = -1;
    }

    /** The elements in iteration (table) order. */
    public List<Object> items() {
        List<Object> out = new ArrayList<>(used);
        for (Object k : keys) {
            if (k != null && k != DUMMY) {
                out.add(k);
            }
        }
        return out;
    }

    /** set.pop (set_pop): the first element at or after the finger, wrapping around. */
    public Object pop() {
        if (used == 0) {
            throw Py.raise(Builtins.KEY_ERROR, "pop from an empty set");
        }
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i++;
            if (i > mask) {
                i = 0;
            }
        }
        Object key = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        hash = -1;
        finger = i + 1;
        return key;
    }

    /** A live iterator (set_iterator): fails once the set changes size. */
    public PyIter iterator() {
        return IterTypes.of(IterTypes.SET_ITERATOR, new java.util.function.Supplier<>() {
            PySet set = PySet.this;
            int expected = used;
            int pos;

            @Override
            public Object get() {
                PySet so = set;
                if (so == null) {
                    return null;
                }
                if (expected != so.used) {
                    expected = -1;
                    throw Py.raise(Builtins.RUNTIME_ERROR, "Set changed size during iteration");
                }
                Object[] table = so.keys;
                int i = pos;
                while (i <= so.mask && (table[i] == null || table[i] == DUMMY)) {
                    i++;
                }
                pos = i + 1;
                if (i > so.mask) {
                    set = null;
                    return null;
                }
                return table[i];
            }
        });
    }

    // ------------------------------------------------------------------------------ set algebra

    /** make_new_set: a set or frozenset filled from {@code iterable} (null: empty). */
    public static PySet of(boolean frozen, Object iterable) {
        PySet s = new PySet(frozen);
        if (iterable != null) {
            s.updateInternal(iterable);
        }
        return s;
    }

    /** set_update_internal: sets merge table by table, dicts add their keys, others iterate. */
    public void updateInternal(Object other) {
        if (other instanceof PySet o) {
            merge(o);
            return;
        }
        if (other instanceof PyDict d) {
            int n = d.size();
            if ((long) (fill + n) * 5 >= (long) mask * 3) {
                tableResize((used + (long) n) * 2);
            }
            for (Object k : d.keys()) {
                add(k);
            }
            return;
        }
        Object it = Py.iter(other);
        for (Object v = Py.next(it); v != null; v = Py.next(it)) {
            add(v);
        }
    }

    /** set_merge. */
    private void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            tableResize((used + (long) other.used) * 2);
        }
        Object[] ok = other.keys;
        long[] oh = other.hashes;
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int i = 0; i <= other.mask; i++) {
                if (ok[i] != null) {
                    keys[i] = ok[i];
                    hashes[i] = oh[i];
                }
            }
            fill = other.fill;
            used = other.used;
            hash = -1;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                if (ok[i] != null && ok[i] != DUMMY) {
                    insertClean(keys, hashes, mask, ok[i], oh[i]);
                }
            }
            hash = -1;
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            Object k = ok[i];
            if (k != null && k != DUMMY) {
                addEntry(k, oh[i]);
            }
        }
    }

    /** set_copy: a new set of the same kind (frozenset.copy returns the frozenset itself elsewhere). */
    public PySet copy() {
        return of(frozen, this);
    }

    /** set_union: a copy of this updated by each other. */
    public PySet union(Object... others) {
        PySet r = copy();
        for (Object o : others) {
            if (o != this) {
                r.updateInternal(o);
            }
        }
        return r;
    }

    /** set_intersection: a set iterates the smaller of the two; other iterables are walked in order. */
    public PySet intersection(Object other) {
        if (other == this) {
            return copy();
        }
        PySet result = new PySet(frozen);
        if (other instanceof PySet o) {
            PySet big = this;
            PySet small = o;
            if (o.used > used) {
                big = o;
                small = this;
            }
            Object[] sk = small.keys;
            long[] sh = small.hashes;
            for (int i = 0; i < sk.length && i <= small.mask; i++) {
                Object k = sk[i];
                if (k != null && k != DUMMY && big.lookkey(k, sh[i]) >= 0) {
                    result.addEntry(k, sh[i]);
                }
            }
            return result;
        }
        Object it = Py.iter(other);
        for (Object v = Py.next(it); v != null; v = Py.next(it)) {
            long h = hashOf(v);
            if (lookkey(v, h) >= 0) {
                result.addEntry(v, h);
            }
        }
        return result;
    }

    /** set_intersection_multi. */
    public PySet intersectionMulti(Object... others) {
        if (others.length == 0) {
            return copy();
        }
        PySet r = this;
        for (Object o : others) {
            r = r.intersection(o);
        }
        return r;
    }

    /** set_swap_bodies with a fresh result: this takes over {@code tmp}'s table. */
    void takeBody(PySet tmp) {
        keys = tmp.keys;
        hashes = tmp.hashes;
        mask = tmp.mask;
        fill = tmp.fill;
        used = tmp.used;
        hash = -1;
    }

    /** set_difference_update_internal. */
    public void differenceUpdate(Object other) {
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PySet o) {
            PySet walk = (o.used >> 3) > used ? intersection(o) : o;
            Object[] wk = walk.keys;
            long[] wh = walk.hashes;
            for (int i = 0; i <= walk.mask; i++) {
                Object k = wk[i];
                if (k != null && k != DUMMY) {
                    discardEntry(k, wh[i]);
                }
            }
        } else {
            Object it = Py.iter(other);
            for (Object v = Py.next(it); v != null; v = Py.next(it)) {
                discardEntry(v, hashOf(v));
            }
        }
        if (fill - used <= mask / 4) {
            return;
        }
        tableResize(used > 50000 ? used * 2L : used * 4L);
    }

    private PySet copyAndDifference(Object other) {
        PySet r = copy();
        r.differenceUpdate(other);
        return r;
    }

    /** set_difference. */
    public PySet difference(Object other) {
        int otherSize;
        if (other instanceof PySet o) {
            otherSize = o.used;
        } else if (other instanceof PyDict d) {
            otherSize = d.size();
        } else {
            return copyAndDifference(other);
        }
        if ((used >> 2) > otherSize) {
            return copyAndDifference(other);
        }
        PySet result = new PySet(frozen);
        for (int i = 0; i <= mask; i++) {
            Object k = keys[i];
            if (k != null && k != DUMMY) {
                long h = hashes[i];
                boolean in = other instanceof PySet o ? o.lookkey(k, h) >= 0 : ((PyDict) other).containsKey(k);
                if (!in) {
                    result.addEntry(k, h);
                }
            }
        }
        return result;
    }

    /** set_difference_multi. */
    public PySet differenceMulti(Object... others) {
        if (others.length == 0) {
            return copy();
        }
        PySet r = difference(others[0]);
        for (int i = 1; i < others.length; i++) {
            r.differenceUpdate(others[i]);
        }
        return r;
    }

    /** set_symmetric_difference_update. */
    public void symmetricDifferenceUpdate(Object other) {
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PyDict d) {
            for (Object k : d.keys()) {
                long h = hashOf(k);
                if (!discardEntry(k, h)) {
                    addEntry(k, h);
                }
            }
            return;
        }
        PySet o = other instanceof PySet s ? s : of(frozen, other);
        Object[] ok = o.keys;
        long[] oh = o.hashes;
        for (int i = 0; i <= o.mask && i < ok.length; i++) {
            Object k = ok[i];
            if (k != null && k != DUMMY) {
                if (!discardEntry(k, oh[i])) {
                    addEntry(k, oh[i]);
                }
            }
        }
    }

    /** set_symmetric_difference: a copy of the other, updated by this. */
    public PySet symmetricDifference(Object other) {
        PySet r = of(frozen, other);
        r.symmetricDifferenceUpdate(this);
        return r;
    }

    /** set_issubset against another set. */
    public boolean isSubset(PySet other) {
        if (used > other.used) {
            return false;
        }
        for (int i = 0; i <= mask; i++) {
            Object k = keys[i];
            if (k != null && k != DUMMY && other.lookkey(k, hashes[i]) < 0) {
                return false;
            }
        }
        return true;
    }

    /** set_isdisjoint. */
    public boolean isDisjoint(Object other) {
        if (other == this) {
            return used == 0;
        }
        if (other instanceof PySet o) {
            PySet big = this;
            PySet small = o;
            if (o.used > used) {
                big = o;
                small = this;
            }
            for (int i = 0; i <= small.mask; i++) {
                Object k = small.keys[i];
                if (k != null && k != DUMMY && big.lookkey(k, small.hashes[i]) >= 0) {
                    return false;
                }
            }
            return true;
        }
        Object it = Py.iter(other);
        for (Object v = Py.next(it); v != null; v = Py.next(it)) {
            if (contains(v)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        if (!frozen) {
            throw Py.typeError("unhashable type: 'set'");
        }
        return Long.hashCode(frozenHash());
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PySet s) || s.used != used) {
            return false;
        }
        if (hash != -1 && s.hash != -1 && hash != s.hash) {
            return false;
        }
        return isSubset(s);
    }
}
