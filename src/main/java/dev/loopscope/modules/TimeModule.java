package dev.loopscope.modules;

import dev.loopscope.loop.Task;
import dev.loopscope.loop.World;
import dev.loopscope.runtime.Args;
import dev.loopscope.runtime.Builtins;
import dev.loopscope.runtime.FormatError;
import dev.loopscope.runtime.Formatting;
import dev.loopscope.runtime.Py;
import dev.loopscope.runtime.PyBuiltinFunction;
import dev.loopscope.runtime.PyInstance;
import dev.loopscope.runtime.PyModule;
import dev.loopscope.runtime.PyTuple;
import dev.loopscope.runtime.PyType;
import dev.loopscope.runtime.TimeFormat;
import dev.loopscope.trace.Event;

import java.math.BigInteger;
import java.util.List;

/**
 * The virtual {@code time} module of TRACE.md: the clock instead of the wall clock, time.sleep as a
 * blocking call that moves the clock while nothing runs, UTC and the C locale.
 */
public final class TimeModule {
    private TimeModule() {
    }

    public static final double EPOCH = 1704103200.0;

    static final PyType STRUCT_TIME = PyType.builtin("struct_time", Builtins.OBJECT);
    private static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
            "tm_yday", "tm_isdst"};

    static {
        STRUCT_TIME.put("__module__", "time");
        STRUCT_TIME.put("__getitem__", new PyBuiltinFunction("__getitem__",
                (a, kw) -> dev.loopscope.runtime.Sequences.getItem(tuple(a[0]), a[1]), STRUCT_TIME));
        STRUCT_TIME.put("__len__", new PyBuiltinFunction("__len__", (a, kw) -> 9L, STRUCT_TIME));
        STRUCT_TIME.put("__iter__", new PyBuiltinFunction("__iter__", (a, kw) -> Py.iter(tuple(a[0])), STRUCT_TIME));
        STRUCT_TIME.put("__repr__", new PyBuiltinFunction("__repr__", (a, kw) -> {
            StringBuilder sb = new StringBuilder("time.struct_time(");
            PyTuple t = tuple(a[0]);
            for (int i = 0; i < 9; i++) {
                sb.append(i == 0 ? "" : ", ").append(FIELDS[i]).append('=').append(Py.repr(t.items[i]));
            }
            return sb.append(')').toString();
        }, STRUCT_TIME));
        STRUCT_TIME.put("__eq__", new PyBuiltinFunction("__eq__", (a, kw) ->
                Py.eq(tuple(a[0]), a[1] instanceof PyInstance p && p.type() == STRUCT_TIME ? tuple(p) : a[1]),
                STRUCT_TIME));
    }

    private static PyTuple tuple(Object st) {
        return (PyTuple) ((PyInstance) st).dict().get("_tuple");
    }

    private static PyInstance structTime(TimeFormat.StructTime t) {
        PyInstance o = new PyInstance(STRUCT_TIME);
        long[] f = t.fields();
        Object[] items = new Object[9];
        for (int i = 0; i < 9; i++) {
            items[i] = f[i];
            o.dict().put(FIELDS[i], f[i]);
        }
        o.dict().put("_tuple", PyTuple.of(items));
        o.dict().put("tm_zone", t.zone());
        o.dict().put("tm_gmtoff", (long) t.gmtoff());
        return o;
    }

    private static TimeFormat.StructTime fromPython(Object o) {
        List<Object> items = Py.toList(o instanceof PyInstance p && p.type() == STRUCT_TIME ? tuple(p) : o);
        if (items.size() != 9) {
            throw Py.typeError("time.struct_time() takes a 9-sequence (" + items.size() + "-sequence given)");
        }
        long[] f = new long[9];
        for (int i = 0; i < 9; i++) {
            f[i] = Py.index(items.get(i));
        }
        return new TimeFormat.StructTime(f[0], (int) f[1], (int) f[2], (int) f[3], (int) f[4], (int) f[5], (int) f[6],
                (int) f[7], (int) f[8]);
    }

    private static double secsArg(Object[] a) {
        return a.length == 0 || a[0] == Py.None ? Double.NaN : Py.toDouble(a[0]);
    }

    public static PyModule create(World world) {
        PyModule m = new PyModule("time");
        m.def("sleep", (a, kw) -> {
            Args.positional("sleep", a, kw, 1, 1);
            sleep(world, a[0]);
            return Py.None;
        });
        m.def("monotonic", (a, kw) -> world.clock);
        m.def("perf_counter", (a, kw) -> world.clock);
        m.def("time", (a, kw) -> EPOCH + world.clock);
        m.def("monotonic_ns", (a, kw) -> nanos(world.clock));
        m.def("perf_counter_ns", (a, kw) -> nanos(world.clock));
        m.def("time_ns", (a, kw) -> Py.normalize(BigInteger.valueOf((long) EPOCH).multiply(BigInteger.valueOf(
                1_000_000_000L)).add(BigInteger.valueOf(Math.round(world.clock * 1e9)))));
        m.def("gmtime", (a, kw) -> {
            double s = secsArg(a);
            return structTime(TimeFormat.gmtime(Double.isNaN(s) ? EPOCH + world.clock : s));
        });
        m.def("localtime", (a, kw) -> {
            double s = secsArg(a);
            return structTime(TimeFormat.localtime(Double.isNaN(s) ? EPOCH + world.clock : s));
        });
        m.def("strftime", (a, kw) -> {
            Args.positional("strftime", a, kw, 1, 2);
            TimeFormat.StructTime t = a.length > 1 ? fromPython(a[1]) : TimeFormat.localtime(EPOCH + world.clock);
            try {
                return TimeFormat.strftime(Py.str(a[0]), t);
            } catch (FormatError e) {
                throw Formatting.toPython(e);
            }
        });
        m.def("asctime", (a, kw) -> TimeFormat.asctime(a.length > 0 ? fromPython(a[0])
                : TimeFormat.localtime(EPOCH + world.clock)));
        m.def("ctime", (a, kw) -> {
            double s = secsArg(a);
            return TimeFormat.ctime(Double.isNaN(s) ? EPOCH + world.clock : s);
        });
        m.def("mktime", (a, kw) -> {
            TimeFormat.StructTime t = fromPython(a[0]);
            java.time.LocalDateTime dt = java.time.LocalDateTime.of((int) t.year(), 1, 1, 0, 0)
                    .plusMonths(t.mon() - 1).plusDays(t.mday() - 1).plusHours(t.hour()).plusMinutes(t.min())
                    .plusSeconds(t.sec());
            return (double) dt.toEpochSecond(java.time.ZoneOffset.UTC);
        });
        m.set("timezone", 0L);
        m.set("altzone", 0L);
        m.set("daylight", 0L);
        m.set("tzname", PyTuple.of("UTC", "UTC"));
        m.set("struct_time", STRUCT_TIME);
        return m;
    }

    private static Object nanos(double clock) {
        return Math.round(clock * 1e9);
    }

    /** time.sleep: validates as CPython does, then blocks the whole loop for {@code secs}. */
    static void sleep(World world, Object secs) {
        double value;
        if (secs instanceof Double d) {
            if (d.isNaN()) {
                throw Py.valueError("Invalid value NaN (not a number)");
            }
            if (!(-9.223372036854776e18 <= d * 1e9 && d * 1e9 < 9.223372036854776e18)) {
                throw Py.raise(Builtins.OVERFLOW_ERROR, "timestamp out of range for platform time_t");
            }
            value = d;
        } else if (Py.isInt(secs)) {
            BigInteger n = Py.big(secs);
            if (n.multiply(BigInteger.valueOf(1_000_000_000L)).bitLength() >= 64) {
                throw Py.raise(Builtins.OVERFLOW_ERROR, "timestamp too large to convert to C _PyTime_t");
            }
            value = n.doubleValue();
        } else {
            throw Py.typeError("'" + Py.typeName(secs) + "' object cannot be interpreted as an integer");
        }
        if (value < 0) {
            throw Py.valueError("sleep length must be non-negative");
        }
        Task t = world.currentTask();
        world.emit(new Event.Block(world.clock, value, Py.repr(value), t == null ? 0 : t.id()));
        world.clock = world.clock + value;
    }
}
