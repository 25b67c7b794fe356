package dev.loopscope.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python dict: insertion ordered, with Python's key equality ({@code 1 == 1.0 == True}).
 * Numeric keys are stored under a canonical form; the key object first inserted is kept
 * aside so that {@code {True: 1}} still prints as {@code {True: 1}}.
 */
public final class PyDict extends PyObject {
    private final LinkedHashMap<Object, Object> map;
    private Map<Object, Object> originalKeys;

    public PyDict() {
        map = new LinkedHashMap<>();
    }

    /** A dict over an object's own attribute map: {@code obj.__dict__} is live, as in CPython. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static PyDict over(Map<String, Object> attributes) {
        return new PyDict((LinkedHashMap) attributes);
    }

    private PyDict(LinkedHashMap<Object, Object> shared) {
        map = shared;
    }

    @Override
    public PyType type() {
        return Builtins.DICT;
    }

    static Object canonical(Object key) {
        if (key instanceof Long || key instanceof String) {
            return key;
        }
        if (key instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (key instanceof Double d) {
            double v = d;
            if (v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 9.2e18) {
                return (long) v;
            }
            return key;
        }
        if (key instanceof java.math.BigInteger bi) {
            return Py.normalize(bi);
        }
        if (key instanceof PyList || key instanceof PyDict || key instanceof PySet s && !s.frozen) {
            throw Py.typeError("unhashable type: '" + Py.typeOf(key).name() + "'");
        }
        return key;
    }

    public int size() {
        return map.size();
    }

    public Object get(Object key) {
        return map.get(canonical(key));
    }

    public boolean containsKey(Object key) {
        return map.containsKey(canonical(key));
    }

    public void put(Object key, Object value) {
        Object c = canonical(key);
        if (c != key && !map.containsKey(c)) {
            if (originalKeys == null) {
                originalKeys = new HashMap<>();
            }
            originalKeys.put(c, key);
        }
        map.put(c, value);
    }

    public Object remove(Object key) {
        Object c = canonical(key);
        if (originalKeys != null) {
            originalKeys.remove(c);
        }
        return map.remove(c);
    }

    public void clear() {
        map.clear();
        originalKeys = null;
    }

    private Object original(Object canonicalKey) {
        if (originalKeys == null) {
            return canonicalKey;
        }
        Object o = originalKeys.get(canonicalKey);
        return o == null ? canonicalKey : o;
    }

    public List<Object> keys() {
        List<Object> out = new ArrayList<>(map.size());
        for (Object k : map.keySet()) {
            out.add(original(k));
        }
        return out;
    }

    public List<Object> values() {
        return new ArrayList<>(map.values());
    }

    public List<Map.Entry<Object, Object>> entries() {
        List<Map.Entry<Object, Object>> out = new ArrayList<>(map.size());
        for (Map.Entry<Object, Object> e : map.entrySet()) {
            out.add(Map.entry(original(e.getKey()), e.getValue()));
        }
        return out;
    }

    /** The live key set, for iteration with Python's "changed size during iteration" check. */
    public java.util.Set<Object> liveKeys() {
        return map.keySet();
    }

    public Object originalKey(Object canonicalKey) {
        return original(canonicalKey);
    }

    @Override
    public int hashCode() {
        throw Py.typeError("unhashable type: 'dict'");
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PyDict d) || d.size() != size()) {
            return false;
        }
        for (Map.Entry<Object, Object> e : map.entrySet()) {
            if (!d.map.containsKey(e.getKey()) || !Py.eq(e.getValue(), d.map.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
