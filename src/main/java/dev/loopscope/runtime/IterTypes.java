package dev.loopscope.runtime;

import java.util.function.Supplier;

/** The named iterator types (list_iterator, enumerate, zip, map, ...) and their methods. */
final class IterTypes {
    private IterTypes() {
    }

    static final PyType LIST_ITERATOR = PyType.builtin("list_iterator", Builtins.ITERATOR);
    static final PyType LIST_REVERSEITERATOR = PyType.builtin("list_reverseiterator", Builtins.ITERATOR);
    static final PyType TUPLE_ITERATOR = PyType.builtin("tuple_iterator", Builtins.ITERATOR);
    static final PyType RANGE_ITERATOR = PyType.builtin("range_iterator", Builtins.ITERATOR);
    static final PyType STR_ITERATOR = PyType.builtin("str_ascii_iterator", Builtins.ITERATOR);
    static final PyType REVERSED = PyType.builtin("reversed", Builtins.ITERATOR);
    static final PyType ENUMERATE = PyType.builtin("enumerate", Builtins.ITERATOR);
    static final PyType ZIP = PyType.builtin("zip", Builtins.ITERATOR);
    static final PyType MAP = PyType.builtin("map", Builtins.ITERATOR);
    static final PyType FILTER = PyType.builtin("filter", Builtins.ITERATOR);
    static final PyType CALLABLE_ITERATOR = PyType.builtin("callable_iterator", Builtins.ITERATOR);
    static final PyType SET_ITERATOR = PyType.builtin("set_iterator", Builtins.ITERATOR);
    static final PyType DICT_KEYITERATOR = PyType.builtin("dict_keyiterator", Builtins.ITERATOR);
    static final PyType CHAIN = PyType.builtin("itertools.chain", Builtins.ITERATOR);

    /** A Java iterator of a given Python type. */
    static PyIter of(PyType type, Supplier<Object> next) {
        return new PyIter() {
            @Override
            public Object next() {
                return next.get();
            }

            @Override
            public PyType type() {
                return type;
            }
        };
    }

    static void install() {
        BuiltinLibrary.method(Builtins.ITERATOR, "__iter__", (a, kw) -> a[0]);
        BuiltinLibrary.method(Builtins.ITERATOR, "__next__", (a, kw) -> {
            Object v = ((PyIter) a[0]).next();
            if (v == null) {
                throw new PyException(Builtins.newException(Builtins.STOP_ITERATION, new Object[0]));
            }
            return v;
        });
        for (PyType t : new PyType[]{ENUMERATE, ZIP, MAP, FILTER, REVERSED}) {
            Builtins.NAMES.put(t.name(), t);
        }
    }
}
