package dev.loopscope.runtime;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The builtin types, the exception hierarchy and type calls ({@code T(...)}). The methods of the
 * builtin types and the builtin functions are installed by {@link BuiltinLibrary}.
 */
public final class Builtins {
    private Builtins() {
    }

    public static final PyType OBJECT = PyType.builtin("object").withAllocator(PyInstance::new);
    public static final PyType TYPE = PyType.builtin("type", OBJECT);
    public static final PyType INT = PyType.builtin("int", OBJECT);
    public static final PyType BOOL = PyType.builtin("bool", INT);
    public static final PyType FLOAT = PyType.builtin("float", OBJECT);
    public static final PyType COMPLEX = PyType.builtin("complex", OBJECT);
    public static final PyType STR = PyType.builtin("str", OBJECT);
    public static final PyType BYTES = PyType.builtin("bytes", OBJECT);
    public static final PyType LIST = PyType.builtin("list", OBJECT);
    public static final PyType TUPLE = PyType.builtin("tuple", OBJECT);
    public static final PyType DICT = PyType.builtin("dict", OBJECT);
    public static final PyType SET = PyType.builtin("set", OBJECT);
    public static final PyType FROZENSET = PyType.builtin("frozenset", OBJECT);
    public static final PyType NONE_TYPE = PyType.builtin("NoneType", OBJECT);
    public static final PyType NOT_IMPLEMENTED_TYPE = PyType.builtin("NotImplementedType", OBJECT);
    public static final PyType ELLIPSIS_TYPE = PyType.builtin("ellipsis", OBJECT);
    public static final PyType FUNCTION = PyType.builtin("function", OBJECT);
    public static final PyType BUILTIN_FUNCTION = PyType.builtin("builtin_function_or_method", OBJECT);
    public static final PyType METHOD_DESCRIPTOR = PyType.builtin("method_descriptor", OBJECT);
    public static final PyType METHOD = PyType.builtin("method", OBJECT);
    public static final PyType MODULE = PyType.builtin("module", OBJECT);
    public static final PyType CELL = PyType.builtin("cell", OBJECT);
    public static final PyType ITERATOR = PyType.builtin("iterator", OBJECT);
    public static final PyType RANGE = PyType.builtin("range", OBJECT);
    public static final PyType SLICE = PyType.builtin("slice", OBJECT);
    public static final PyType PROPERTY = PyType.builtin("property", OBJECT);
    public static final PyType CLASSMETHOD = PyType.builtin("classmethod", OBJECT);
    public static final PyType STATICMETHOD = PyType.builtin("staticmethod", OBJECT);
    public static final PyType SUPER = PyType.builtin("super", OBJECT);
    public static final PyType COROUTINE = PyType.builtin("coroutine", OBJECT);
    public static final PyType GENERATOR = PyType.builtin("generator", OBJECT);

    // exceptions, as in CPython's Objects/exceptions.c
    public static final PyType BASE_EXCEPTION = PyType.builtin("BaseException", OBJECT)
            .withAllocator(PyBaseException::new);
    public static final PyType SYSTEM_EXIT = exc("SystemExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = exc("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = exc("GeneratorExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = exc("Exception", BASE_EXCEPTION);
    public static final PyType BASE_EXCEPTION_GROUP = exc("BaseExceptionGroup", BASE_EXCEPTION);
    public static final PyType EXCEPTION_GROUP = exc("ExceptionGroup", BASE_EXCEPTION_GROUP, EXCEPTION);
    public static final PyType STOP_ITERATION = exc("StopIteration", EXCEPTION);
    public static final PyType STOP_ASYNC_ITERATION = exc("StopAsyncIteration", EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = exc("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = exc("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = exc("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = exc("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = exc("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = exc("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = exc("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = exc("EOFError", EXCEPTION);
    public static final PyType IMPORT_ERROR = exc("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = exc("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = exc("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = exc("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = exc("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = exc("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = exc("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = exc("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = exc("OSError", EXCEPTION);
    public static final PyType CONNECTION_ERROR = exc("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = exc("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = exc("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = exc("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = exc("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType FILE_EXISTS_ERROR = exc("FileExistsError", OS_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = exc("FileNotFoundError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = exc("PermissionError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = exc("TimeoutError", OS_ERROR);
    public static final PyType REFERENCE_ERROR = exc("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = exc("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = exc("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = exc("RecursionError", RUNTIME_ERROR);
    public static final PyType SYNTAX_ERROR = exc("SyntaxError", EXCEPTION);
    public static final PyType SYSTEM_ERROR = exc("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = exc("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = exc("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = exc("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = exc("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = exc("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType WARNING = exc("Warning", EXCEPTION);
    public static final PyType DEPRECATION_WARNING = exc("DeprecationWarning", WARNING);
    public static final PyType RUNTIME_WARNING = exc("RuntimeWarning", WARNING);
    public static final PyType USER_WARNING = exc("UserWarning", WARNING);

    /** Every builtin name a scenario sees without importing. */
    public static final Map<String, Object> NAMES = new HashMap<>();
    /** Constructors of builtin types that are not made by allocate-then-__init__. */
    static final Map<PyType, PyBuiltinFunction.Body> CONSTRUCTORS = new HashMap<>();


    static {
        ((PySingleton) Py.None).setType(NONE_TYPE);
        ((PySingleton) Py.NotImplemented).setType(NOT_IMPLEMENTED_TYPE);
        ((PySingleton) Py.Ellipsis).setType(ELLIPSIS_TYPE);
        for (PyType t : new PyType[]{OBJECT, TYPE, INT, BOOL, FLOAT, COMPLEX, STR, BYTES, LIST, TUPLE, DICT, SET,
                FROZENSET, RANGE, SLICE, PROPERTY, CLASSMETHOD, STATICMETHOD, SUPER}) {
            NAMES.put(t.name(), t);
        }
        for (PyType t : new PyType[]{BASE_EXCEPTION, SYSTEM_EXIT, KEYBOARD_INTERRUPT, GENERATOR_EXIT, EXCEPTION,
                BASE_EXCEPTION_GROUP, EXCEPTION_GROUP, STOP_ITERATION, STOP_ASYNC_ITERATION, ARITHMETIC_ERROR,
                FLOATING_POINT_ERROR, OVERFLOW_ERROR, ZERO_DIVISION_ERROR, ASSERTION_ERROR, ATTRIBUTE_ERROR,
                BUFFER_ERROR, EOF_ERROR, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR, LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR,
                MEMORY_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR, OS_ERROR, CONNECTION_ERROR, BROKEN_PIPE_ERROR,
                CONNECTION_ABORTED_ERROR, CONNECTION_REFUSED_ERROR, CONNECTION_RESET_ERROR, FILE_EXISTS_ERROR,
                FILE_NOT_FOUND_ERROR, PERMISSION_ERROR, TIMEOUT_ERROR, REFERENCE_ERROR, RUNTIME_ERROR,
                NOT_IMPLEMENTED_ERROR, RECURSION_ERROR, SYNTAX_ERROR, SYSTEM_ERROR, TYPE_ERROR, VALUE_ERROR,
                UNICODE_ERROR, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR, WARNING, DEPRECATION_WARNING,
                RUNTIME_WARNING, USER_WARNING}) {
            NAMES.put(t.name(), t);
        }
        NAMES.put("EnvironmentError", OS_ERROR);
        NAMES.put("IOError", OS_ERROR);
        NAMES.put("None", Py.None);
        NAMES.put("NotImplemented", Py.NotImplemented);
        NAMES.put("Ellipsis", Py.Ellipsis);
        NAMES.put("True", Boolean.TRUE);
        NAMES.put("False", Boolean.FALSE);
        BuiltinLibrary.install();
    }

    private static PyType exc(String name, PyType... bases) {
        return PyType.builtin(name, bases);
    }

    /** Forces the static initialiser (types, then the library) to run. */
    public static void init() {
    }

    public static PyBaseException newException(PyType type, String message) {
        PyBaseException e = (PyBaseException) type.allocator().apply(type);
        e.args = message == null ? PyTuple.EMPTY : PyTuple.of(message);
        return e;
    }

    public static PyBaseException newException(PyType type, Object... args) {
        PyBaseException e = (PyBaseException) type.allocator().apply(type);
        e.args = PyTuple.of(args);
        return e;
    }

    static Object specialAttr(PyObject p, String name) {
        return p instanceof SpecialAttrs s ? s.specialAttr(name) : null;
    }

    static boolean setSpecialAttr(PyObject p, String name, Object value) {
        return p instanceof SpecialAttrs s && s.setSpecialAttr(name, value);
    }

    // --------------------------------------------------------------------------- type calls


    /** {@code T(args)}: CPython's type_call. */
    public static Object callType(PyType t, Object[] args, String[] kwnames) {
        PyBuiltinFunction.Body ctor = CONSTRUCTORS.get(t);
        if (ctor != null) {
            return ctor.call(args, kwnames);
        }
        if (t == TYPE) {
            if (args.length == 1 && kwnames == null) {
                return Py.typeOf(args[0]);
            }
            if (args.length == 3) {
                java.util.Map<String, Object> ns = new LinkedHashMap<>();
                for (Map.Entry<Object, Object> e : ((PyDict) args[2]).entries()) {
                    ns.put(Py.str(e.getKey()), e.getValue());
                }
                return newClass(Py.str(args[0]), Py.toList(args[1]), ns);
            }
            throw Py.typeError("type() takes 1 or 3 arguments");
        }
        Object obj;
        Object userNew = t.lookup("__new__");
        if (userNew instanceof PyFunction || userNew instanceof PyDescriptors.StaticMethod) {
            Object fn = userNew instanceof PyDescriptors.StaticMethod s ? s.func : userNew;
            Object[] all = new Object[args.length + 1];
            all[0] = t;
            System.arraycopy(args, 0, all, 1, args.length);
            obj = Py.call(fn, all, kwnames);
            if (!Py.typeOf(obj).isSubtypeOf(t)) {
                return obj;
            }
        } else {
            PyType.Allocator alloc = t.allocator();
            if (alloc == null) {
                throw Py.typeError("cannot create '" + t.name() + "' instances");
            }
            obj = alloc.apply(t);
            if (obj instanceof PyBaseException e) {
                int npos = args.length - (kwnames == null ? 0 : kwnames.length);
                Object[] pos = new Object[npos];
                System.arraycopy(args, 0, pos, 0, npos);
                e.args = PyTuple.of(pos);
            }
        }
        Object init = t.lookup("__init__");
        if (init != null) {
            Object[] all = new Object[args.length + 1];
            all[0] = obj;
            System.arraycopy(args, 0, all, 1, args.length);
            Object r = Py.call(init, all, kwnames);
            if (r != Py.None) {
                throw Py.typeError("__init__() should return None, not '" + Py.typeName(r) + "'");
            }
        } else if (args.length > 0 && !(obj instanceof PyBaseException)) {
            throw Py.typeError(t.name() + "() takes no arguments");
        }
        return obj;
    }

    /** Calls the parent's __init_subclass__ (an implicit classmethod) for a new class. */
    public static void initSubclass(PyType cls, Object[] kwValues, String[] kwnames) {
        PyType[] mro = cls.mro();
        for (int i = 1; i < mro.length; i++) {
            Object f = mro[i].dict().get("__init_subclass__");
            if (f == null) {
                continue;
            }
            if (f instanceof PyDescriptors.ClassMethod cm) {
                f = cm.func;
            }
            Object[] args = new Object[kwValues.length + 1];
            args[0] = cls;
            System.arraycopy(kwValues, 0, args, 1, kwValues.length);
            Py.call(f, args, kwnames == null || kwnames.length == 0 ? null : kwnames);
            return;
        }
    }

    /** Creates a class from a finished namespace (the class body has run). */
    public static PyType newClass(String name, List<Object> bases, Map<String, Object> namespace) {
        java.util.ArrayList<PyType> baseTypes = new java.util.ArrayList<>();
        for (Object b : bases) {
            if (!(b instanceof PyType bt)) {
                throw Py.typeError("bases must be types");
            }
            if (bt == BOOL || bt == FUNCTION || bt == TYPE || bt == NONE_TYPE) {
                throw Py.typeError("type '" + bt.name() + "' is not an acceptable base type");
            }
            baseTypes.add(bt);
        }
        if (baseTypes.isEmpty()) {
            baseTypes.add(OBJECT);
        }
        Map<String, Object> dict = new LinkedHashMap<>(namespace);
        for (String implicit : new String[]{"__init_subclass__", "__class_getitem__"}) {
            if (dict.get(implicit) instanceof PyFunction f) {
                dict.put(implicit, new PyDescriptors.ClassMethod(f)); // as type_new does
            }
        }
        Object module = dict.getOrDefault("__module__", "__main__");
        PyType t = new PyType(name, Py.str(module), baseTypes, dict, false);
        if (t.allocator() == null) {
            t.withAllocator(PyInstance::new);
        }
        Object qual = dict.remove("__qualname__");
        if (qual instanceof String q) {
            t.setQualname(q);
        }
        Object cell = dict.remove("__classcell__");
        if (cell instanceof PyCell c) {
            c.value = t;
        }
        for (Map.Entry<String, Object> e : new java.util.ArrayList<>(dict.entrySet())) {
            Object setName = e.getValue() instanceof PyInstance ? Py.lookupSpecial(e.getValue(), "__set_name__") : null;
            if (setName != null) {
                Py.call(setName, t, e.getKey());
            }
        }
        return t;
    }
}
