package dev.loopscope.loop;

import dev.loopscope.runtime.Py;
import dev.loopscope.runtime.PyBoundMethod;
import dev.loopscope.runtime.PyBuiltinFunction;
import dev.loopscope.runtime.PyFunction;
import dev.loopscope.vm.PyGen;

/** Names and reprs of callbacks, handles and futures (CPython's format_helpers and base_futures). */
final class Callbacks {
    private Callbacks() {
    }

    /** The task whose step or wakeup a callback is, or 0. */
    static int taskOf(Object callback) {
        return callback instanceof PyBuiltinFunction b && b.tag instanceof Task t ? t.id : 0;
    }

    static String qualname(Object callback) {
        if (callback instanceof PyFunction f) {
            return f.qualname;
        }
        if (callback instanceof PyBoundMethod m) {
            return m.func instanceof PyFunction f ? f.qualname : Py.nameOf(m.func);
        }
        return Py.nameOf(callback);
    }

    /** format_helpers._format_callback_source: {@code name(args) at FILE:LINE}. */
    static String formatSource(Object callback, Object[] args) {
        StringBuilder sb = new StringBuilder(qualname(callback)).append('(');
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(ReprLib.repr(args[i]));
        }
        sb.append(')');
        Object fn = callback instanceof PyBoundMethod m ? m.func : callback;
        if (fn instanceof PyFunction f) {
            sb.append(" at ").append(f.code.fileName).append(':').append(f.code.firstLine);
        }
        return sb.toString();
    }

    static String futureRepr(Future f) {
        StringBuilder sb = new StringBuilder("<").append(Py.typeOf(f).name()).append(' ');
        sb.append(f.state.toLowerCase());
        if (f instanceof Task t) {
            sb.append(" name=").append(Py.repr(t.name));
            PyGen g = t.coro;
            if (g.isDone() || t.isDone()) {
                sb.append(" coro=<").append(g.qualname()).append("() done, defined at ")
                        .append(g.frame.code.fileName).append(':').append(g.frame.code.firstLine).append('>');
            } else {
                sb.append(" coro=<").append(g.qualname()).append("() running at ").append(g.frame.code.fileName)
                        .append(':').append(g.isStarted() ? g.frame.suspendedLine() : g.frame.code.firstLine)
                        .append('>');
            }
        }
        if (f.state == Future.FINISHED) {
            if (f.exception != null) {
                sb.append(" exception=").append(ReprLib.repr(f.exception));
            } else {
                sb.append(" result=").append(ReprLib.repr(f.result));
            }
        }
        if (!f.callbacks.isEmpty()) {
            sb.append(" cb=[");
            for (int i = 0; i < f.callbacks.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(qualname(f.callbacks.get(i)[0])).append("()");
            }
            sb.append(']');
        }
        if (f instanceof Task t && t.futWaiter != null) {
            sb.append(" wait_for=").append(futureRepr(t.futWaiter));
        }
        return sb.append('>').toString();
    }

    static String handleRepr(Handle h) {
        StringBuilder sb = new StringBuilder("<").append(h instanceof TimerHandle ? "TimerHandle" : "Handle");
        if (h.cancelled) {
            sb.append(" cancelled");
        }
        if (h instanceof TimerHandle t) {
            sb.append(" when=").append(Py.repr(t.when));
        }
        sb.append(' ').append(formatSource(h.callback, h.args));
        return sb.append('>').toString();
    }
}
