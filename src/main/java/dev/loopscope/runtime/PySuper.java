package dev.loopscope.runtime;

/**
 * {@code super(type, obj)}: attribute lookup along the MRO of obj's class (or of obj when it is a
 * class) starting after {@code type}, binding what it finds to obj.
 */
public final class PySuper extends PyObject implements SpecialAttrs {
    public final PyType thisClass;
    public final Object self;
    /** type(obj), or obj itself when obj is a subclass of thisClass. */
    public final PyType selfClass;

    public PySuper(PyType thisClass, Object self) {
        this.thisClass = thisClass;
        this.self = self;
        if (self instanceof PyType t && t.isSubtypeOf(thisClass)) {
            this.selfClass = t;
        } else if (Py.typeOf(self).isSubtypeOf(thisClass)) {
            this.selfClass = Py.typeOf(self);
        } else {
            throw Py.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
    }

    @Override
    public PyType type() {
        return Builtins.SUPER;
    }

    @Override
    public Object specialAttr(String name) {
        switch (name) {
            case "__thisclass__":
                return thisClass;
            case "__self__":
                return self;
            case "__self_class__":
                return selfClass;
            case "__class__":
                return Builtins.SUPER;
            default:
                break;
        }
        PyType[] mro = selfClass.mro();
        int i = 0;
        while (i < mro.length && mro[i] != thisClass) {
            i++;
        }
        boolean onClass = self == selfClass;
        for (i++; i < mro.length; i++) {
            Object v = mro[i].dict().get(name);
            if (v == null) {
                continue;
            }
            if (v instanceof PyDescriptors.ClassMethod cm) {
                return new PyBoundMethod(selfClass, cm.func);
            }
            if (v instanceof PyDescriptors.StaticMethod sm) {
                return sm.func;
            }
            if (name.equals("__new__")) {
                return v;
            }
            if (v instanceof PyFunction || v instanceof PyBuiltinFunction) {
                return onClass ? v : new PyBoundMethod(self, v);
            }
            if (v instanceof PyDescriptors.Property p && !onClass) {
                if (p.fget == Py.None) {
                    throw Py.raise(Builtins.ATTRIBUTE_ERROR, "property object has no getter");
                }
                return Py.call(p.fget, new Object[]{self}, null);
            }
            return v;
        }
        return null;
    }
}
