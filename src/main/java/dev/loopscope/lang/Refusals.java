package dev.loopscope.lang;

import dev.loopscope.diag.Diagnostic;
import dev.loopscope.diag.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What LoopScope refuses before a scenario runs: modules outside the virtual world of TRACE.md,
 * builtins that would reach outside the sandbox, and Python it does not implement yet. Every
 * refusal names the construct, with file, line and column.
 */
public final class Refusals {
    /** Modules a scenario may import. */
    public static final Set<String> MODULES = Set.of("asyncio", "time", "random", "sys", "aiohttp", "collections",
            "heapq", "math", "string", "typing", "functools", "itertools", "operator", "contextlib",
            "dataclasses", "json", "textwrap", "statistics");

    private static final Map<String, String> SANDBOXED = Map.ofEntries(
            Map.entry("open", "open() is not available: scenarios cannot touch files"),
            Map.entry("exec", "exec() is not supported"),
            Map.entry("eval", "eval() is not supported"),
            Map.entry("compile", "compile() is not supported"),
            Map.entry("__import__", "__import__() is not supported; use an import statement"),
            Map.entry("globals", "globals() is not supported"),
            Map.entry("locals", "locals() is not supported"),
            Map.entry("breakpoint", "breakpoint() is not supported"),
            Map.entry("memoryview", "memoryview is not supported"),
            Map.entry("bytearray", "bytearray is not supported yet"),
            Map.entry("help", "help() is not supported"),
            Map.entry("exit", "exit() is not supported; use sys.exit()"),
            Map.entry("quit", "quit() is not supported; use sys.exit()"));

    /** asyncio names outside the virtual world (no sockets, subprocesses, threads or policies). */
    private static final Set<String> ASYNCIO_OUTSIDE = Set.of("open_connection", "start_server",
            "open_unix_connection", "start_unix_server", "create_subprocess_exec", "create_subprocess_shell",
            "to_thread", "run_coroutine_threadsafe", "wrap_future", "StreamReader", "StreamWriter",
            "StreamReaderProtocol", "Protocol", "BaseProtocol", "BufferedProtocol", "DatagramProtocol",
            "SubprocessProtocol", "Transport", "BaseTransport", "ReadTransport", "WriteTransport",
            "DatagramTransport", "SubprocessTransport", "Server", "AbstractServer", "get_child_watcher",
            "set_child_watcher", "AbstractChildWatcher", "FastChildWatcher", "MultiLoopChildWatcher",
            "PidfdChildWatcher", "SafeChildWatcher", "ThreadedChildWatcher", "get_event_loop_policy",
            "set_event_loop_policy", "AbstractEventLoopPolicy", "DefaultEventLoopPolicy", "SelectorEventLoop",
            "BaseEventLoop", "AbstractEventLoop", "subprocess", "streams", "events", "base_events",
            "threads", "unix_events");
    /** Names the scenario bound to the asyncio module ({@code import asyncio as aio}). */
    private final java.util.Set<String> asyncioAliases = new java.util.HashSet<>();

    private final String file;
    private final String[] lines;
    private final List<Ast.Name> sandboxedUses = new ArrayList<>();

    /** LoopScope's own Python (the asyncio prelude) may import the Java core module. */
    private final boolean prelude;

    public Refusals(String file, String source) {
        this(file, source, false);
    }

    public Refusals(String file, String source, boolean prelude) {
        this.prelude = prelude;
        this.file = file;
        this.lines = source.split("\r\n|\r|\n", -1);
    }

    public Diagnostic.Failure syntax(Span span, String message) {
        return fail(span, "SyntaxError", message);
    }

    /** A program nested deeper than CPython compiles (CPython raises RecursionError, before running). */
    public Diagnostic.Failure recursion(Span span, String message) {
        return fail(span, "RecursionError", message);
    }

    public Diagnostic.Failure unsupported(Span span, String message) {
        return fail(span, "unsupported", message);
    }

    private Diagnostic.Failure fail(Span span, String kind, String message) {
        String line = span.line() >= 1 && span.line() <= lines.length ? lines[span.line() - 1] : null;
        return new Diagnostic.Failure(new Diagnostic(file, span, kind, message, line));
    }

    void checkModule(String dotted, Span span) {
        String top = dotted.split("\\.")[0];
        if (prelude && top.equals("_asyncio")) {
            return;
        }
        if (!MODULES.contains(top)) {
            throw unsupported(span, "module '" + top + "' is outside LoopScope's world (scenarios may import "
                    + String.join(", ", MODULES.stream().sorted().toList()) + ")");
        }
        if (!dotted.equals(top)) {
            throw unsupported(span, "submodule '" + dotted + "' is not supported; import " + top);
        }
    }

    void noteImport(String module, String boundName) {
        if (module.equals("asyncio")) {
            asyncioAliases.add(boundName);
        }
    }

    /** {@code asyncio.X} for an X outside the world is refused where it is written. */
    void checkAttribute(Ast.Attribute a) {
        if (a.value() instanceof Ast.Name n && asyncioAliases.contains(n.id())) {
            checkAsyncioName(a.attr(), a.span());
        }
    }

    void checkAsyncioName(String name, Span span) {
        if (ASYNCIO_OUTSIDE.contains(name)) {
            throw unsupported(span, "asyncio." + name + " is outside LoopScope's world (no sockets, "
                    + "subprocesses, threads or event loop policies)");
        }
    }

    void checkBuiltinUse(Ast.Name n) {
        if (SANDBOXED.containsKey(n.id())) {
            sandboxedUses.add(n);
        }
    }

    /** Refuses a sandboxed builtin used anywhere, unless the scenario defines that name itself. */
    void finish(Symtable st) {
        for (Ast.Name n : sandboxedUses) {
            boolean defined = st.scopes.values().stream()
                    .anyMatch(s -> s.bound.contains(n.id()) || s.params.contains(n.id()));
            if (!defined) {
                throw unsupported(n.span(), SANDBOXED.get(n.id()));
            }
        }
    }
}
