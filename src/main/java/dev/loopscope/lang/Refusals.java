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
            "heapq", "math", "string", "typing");

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
