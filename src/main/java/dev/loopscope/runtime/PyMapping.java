package dev.loopscope.runtime;

/**
 * An instance of a dict subclass (a class deriving from dict, defaultdict, Counter, OrderedDict):
 * its items live in a {@link PyDict}; dict's methods reach it through {@link DictMethods#self}.
 */
public class PyMapping extends PyInstance {
    public final PyDict map = new PyDict();
    /** defaultdict's default_factory. */
    public Object defaultFactory = Py.None;

    public PyMapping(PyType type) {
        super(type);
    }

    @Override
    public int hashCode() {
        throw Py.typeError("unhashable type: '" + type().name() + "'");
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other instanceof PyMapping m) {
            return map.equals(m.map);
        }
        return other instanceof PyDict d && map.equals(d);
    }
}
