package dev.loopscope.runtime;

import java.util.IdentityHashMap;
import java.util.Map;

/** Formats an uncaught exception as CPython does: chained exceptions first, then the traceback. */
public final class Tracebacks {
    private Tracebacks() {
    }

    /** Source lines of the files a traceback names (the scenario's own text), or none. */
    public interface Sources {
        String line(String file, int line);
    }

    public static String format(PyBaseException e, Sources sources) {
        StringBuilder sb = new StringBuilder();
        append(sb, e, sources, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void append(StringBuilder sb, PyBaseException e, Sources sources,
                               Map<PyBaseException, Boolean> seen) {
        seen.put(e, Boolean.TRUE);
        if (e.cause instanceof PyBaseException c && !seen.containsKey(c)) {
            append(sb, c, sources, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (!e.suppressContext && e.context instanceof PyBaseException c && !seen.containsKey(c)) {
            append(sb, c, sources, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (!e.traceback.isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            for (PyBaseException.TracebackEntry t : e.traceback) {
                sb.append("  File \"").append(t.file()).append("\", line ").append(t.line()).append(", in ")
                        .append(t.function()).append('\n');
                String src = sources.line(t.file(), t.line());
                if (src != null && !src.isBlank()) {
                    sb.append("    ").append(src.strip()).append('\n');
                }
            }
        }
        String msg;
        try {
            msg = Py.str(e);
        } catch (RuntimeException ex) {
            msg = "<exception str() failed>";
        }
        String mod = e.type().module();
        String name = mod.equals("builtins") || mod.equals("__main__") ? e.type().qualname()
                : mod + "." + e.type().qualname();
        sb.append(name).append(msg.isEmpty() ? "" : ": " + msg).append('\n');
    }
}
