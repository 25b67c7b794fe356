package dev.loopscope.loop;

import dev.loopscope.runtime.Builtins;
import dev.loopscope.runtime.Py;
import dev.loopscope.runtime.PyBaseException;
import dev.loopscope.runtime.PyBuiltinFunction;

/** Callbacks of base_events written in Java. */
final class PyObjectCallbacks {
    private PyObjectCallbacks() {
    }

    /** base_events._run_until_complete_cb. */
    static final class RunUntilCompleteCb {
        final PyBuiltinFunction fn = new PyBuiltinFunction("_run_until_complete_cb", (a, kw) -> {
            Future fut = (Future) a[0];
            if (!fut.isCancelled()) {
                PyBaseException exc = fut.exceptionOrNull();
                if (exc != null && (exc.type().isSubtypeOf(Builtins.SYSTEM_EXIT)
                        || exc.type().isSubtypeOf(Builtins.KEYBOARD_INTERRUPT))) {
                    return Py.None;
                }
            }
            fut.loop.stop();
            return Py.None;
        });
    }
}
