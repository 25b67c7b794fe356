package dev.loopscope.runtime;

import java.util.LinkedHashMap;
import java.util.List;

/** dict_keys, dict_values and dict_items: live views of a dict. */
public final class PyDictView extends PyInstance {
    public static final PyType KEYS = new PyType("dict_keys", "builtins", List.of(Builtins.OBJECT),
            new LinkedHashMap<>(), true);
    public static final PyType VALUES = new PyType("dict_values", "builtins", List.of(Builtins.OBJECT),
            new LinkedHashMap<>(), true);
    public static final PyType ITEMS = new PyType("dict_items", "builtins", List.of(Builtins.OBJECT),
            new LinkedHashMap<>(), true);

    public final PyDict dict;

    public PyDictView(PyType kind, PyDict dict) {
        super(kind);
        this.dict = dict;
    }

    public PyIter iterator() {
        Py.DictKeyIter keys = new Py.DictKeyIter(dict);
        PyType kind = type();
        if (kind == KEYS) {
            return IterTypes.of(IterTypes.DICT_KEYITERATOR, keys::next);
        }
        return IterTypes.of(kind == VALUES ? DictMethods.VALUE_ITERATOR : DictMethods.ITEM_ITERATOR, () -> {
            Object k = keys.next();
            if (k == null) {
                return null;
            }
            Object v = dict.get(k);
            return kind == VALUES ? v : PyTuple.of(k, v);
        });
    }

    public List<Object> items() {
        PyType kind = type();
        if (kind == KEYS) {
            return dict.keys();
        }
        if (kind == VALUES) {
            return dict.values();
        }
        List<Object> out = new java.util.ArrayList<>();
        for (var e : dict.entries()) {
            out.add(PyTuple.of(e.getKey(), e.getValue()));
        }
        return out;
    }

    @Override
    public int hashCode() {
        throw Py.typeError("unhashable type: '" + type().name() + "'");
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }
}
