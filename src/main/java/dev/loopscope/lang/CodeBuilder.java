package dev.loopscope.lang;

import dev.loopscope.diag.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles one code object: instructions with their positions and exception handlers, labels
 * resolved at the end. The compiler decides what to emit; this class only records it.
 */
final class CodeBuilder {
    /** An exception handler in force over a range of instructions. */
    record Handler(int label, int depth) {
    }

    private final List<int[]> instrs = new ArrayList<>();
    private final List<Handler> handlerOf = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final List<Integer> cols = new ArrayList<>();
    private final List<Integer> labelPos = new ArrayList<>();
    private final List<Object> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();
    Handler handler;
    int line;
    int col;

    int newLabel() {
        labelPos.add(-1);
        return labelPos.size() - 1;
    }

    void place(int label) {
        labelPos.set(label, instrs.size());
    }

    int emit(int op, int arg) {
        instrs.add(new int[]{op, arg});
        handlerOf.add(handler);
        lines.add(line);
        cols.add(col);
        return instrs.size() - 1;
    }

    int emit(int op) {
        return emit(op, 0);
    }

    void at(Span span) {
        if (span != null && span.line() > 0) {
            line = span.line();
            col = span.col();
        }
    }

    int constant(Object value) {
        // Keys distinguish 1, 1.0, True and -0.0, which Java's equals would merge or split wrongly.
        Object key = value instanceof Double d ? List.of("f", Double.doubleToRawLongBits(d))
                : value instanceof Boolean b ? List.of("b", b)
                : value instanceof Code || value instanceof byte[] || value instanceof dev.loopscope.runtime.PySet
                ? new Object() : value;
        Integer i = constIndex.get(key);
        if (i == null) {
            i = consts.size();
            consts.add(value);
            constIndex.put(key, i);
        }
        return i;
    }

    int name(String n) {
        Integer i = nameIndex.get(n);
        if (i == null) {
            i = names.size();
            names.add(n);
            nameIndex.put(n, i);
        }
        return i;
    }

    int size() {
        return instrs.size();
    }

    static boolean isJump(int op) {
        return op == Op.JUMP || op == Op.POP_JUMP_IF_FALSE || op == Op.POP_JUMP_IF_TRUE
                || op == Op.JUMP_IF_FALSE_OR_POP || op == Op.JUMP_IF_TRUE_OR_POP || op == Op.FOR_ITER
                || op == Op.SEND;
    }

    Code build(String name, String qualname, String file, int firstLine, int flags, int argCount, int posOnly,
               int kwOnly, String[] varNames, String[] cellVars, String[] freeVars, int[] cellFromArg) {
        int n = instrs.size();
        int[] code = new int[n * 2];
        int[] ls = new int[n];
        int[] cs = new int[n];
        for (int i = 0; i < n; i++) {
            int[] ins = instrs.get(i);
            code[2 * i] = ins[0];
            code[2 * i + 1] = isJump(ins[0]) ? labelPos.get(ins[1]) : ins[1];
            ls[i] = lines.get(i);
            cs[i] = cols.get(i);
        }
        List<Integer> table = new ArrayList<>();
        int i = 0;
        while (i < n) {
            Handler h = handlerOf.get(i);
            int j = i + 1;
            while (j < n && handlerOf.get(j) == h) {
                j++;
            }
            if (h != null) {
                table.add(i);
                table.add(j);
                table.add(labelPos.get(h.label()));
                table.add(h.depth());
            }
            i = j;
        }
        int[] handlers = table.stream().mapToInt(Integer::intValue).toArray();
        return new Code(name, qualname, file, firstLine, flags, argCount, posOnly, kwOnly, varNames, cellVars,
                freeVars, cellFromArg, consts.toArray(), names.toArray(new String[0]), code, ls, cs, handlers,
                StackDepth.compute(code, handlers) + 1);
    }
}
