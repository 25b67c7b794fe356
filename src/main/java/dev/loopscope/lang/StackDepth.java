package dev.loopscope.lang;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The deepest a code object's value stack gets (CPython's stackdepth() in compile.c): a walk over
 * the control flow, exception handlers included, with each instruction's stack effect. A frame
 * then allocates exactly that, which matters with 100,000 suspended coroutines.
 */
final class StackDepth {
    private StackDepth() {
    }

    /** Depth change when the instruction falls through ({@code jump == false}) or jumps. */
    static int effect(int op, int arg, boolean jump) {
        switch (op) {
            case Op.NOP, Op.SWAP, Op.DELETE_FAST, Op.DELETE_DEREF, Op.DELETE_GLOBAL, Op.DELETE_NAME, Op.LOAD_ATTR,
                    Op.KW_NAMES, Op.UNARY_NEGATIVE, Op.UNARY_POSITIVE, Op.UNARY_NOT, Op.UNARY_INVERT,
                    Op.LIST_TO_TUPLE, Op.JUMP, Op.GET_ITER, Op.CHECK_EXC_MATCH, Op.GET_AWAITABLE, Op.YIELD_VALUE,
                    Op.GET_YIELD_FROM_ITER, Op.GET_AITER, Op.WRAP_EG, Op.SETUP_ANNOTATIONS, Op.CHECK_EG_MATCH:
                return 0;
            case Op.POP_TOP, Op.STORE_FAST, Op.STORE_DEREF, Op.STORE_GLOBAL, Op.STORE_NAME, Op.DELETE_ATTR,
                    Op.BINARY_OP, Op.COMPARE_OP, Op.IS_OP, Op.CONTAINS_OP, Op.BINARY_SUBSCR, Op.LIST_APPEND,
                    Op.SET_ADD, Op.LIST_EXTEND, Op.SET_UPDATE, Op.DICT_UPDATE, Op.DICT_MERGE,
                    Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.RETURN_VALUE, Op.IMPORT_NAME, Op.POP_EXCEPT,
                    Op.PREP_RERAISE_STAR, Op.LIST_APPEND_RAISED, Op.SEND, Op.RAISE_VARARGS, Op.RERAISE:
                return -1;
            case Op.COPY, Op.PUSH_NULL, Op.LOAD_CONST, Op.LOAD_FAST, Op.LOAD_DEREF, Op.LOAD_CLOSURE,
                    Op.LOAD_CLASSDEREF, Op.LOAD_GLOBAL, Op.LOAD_NAME, Op.LOAD_METHOD, Op.LOAD_BUILD_CLASS,
                    Op.IMPORT_FROM, Op.PUSH_EXC_INFO, Op.LOAD_ASSERTION_ERROR, Op.BEFORE_WITH,
                    Op.BEFORE_ASYNC_WITH, Op.WITH_EXCEPT_START, Op.GET_ANEXT:
                return 1;
            case Op.STORE_ATTR, Op.DELETE_SUBSCR, Op.MAP_ADD, Op.END_ASYNC_FOR:
                return -2;
            case Op.STORE_SUBSCR:
                return -3;
            case Op.CALL:
                return arg < 0 ? 0 : -(arg + 1);
            case Op.CALL_FUNCTION_EX:
                return -(2 + (arg & 1));
            case Op.BUILD_SLICE:
                return 1 - arg;
            case Op.BUILD_TUPLE, Op.BUILD_LIST, Op.BUILD_SET, Op.BUILD_STRING:
                return 1 - arg;
            case Op.BUILD_MAP:
                return 1 - 2 * arg;
            case Op.FORMAT_VALUE:
                return (arg & 4) != 0 ? -1 : 0;
            case Op.UNPACK_SEQUENCE:
                return arg - 1;
            case Op.UNPACK_EX:
                return (arg & 0xff) + (arg >> 8);
            case Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP:
                return jump ? 0 : -1;
            case Op.FOR_ITER:
                return jump ? -1 : 1;
            case Op.MAKE_FUNCTION:
                return -Integer.bitCount(arg & 0xF);
            default:
                throw new IllegalStateException("no stack effect for opcode " + op);
        }
    }

    private static boolean terminal(int op) {
        return op == Op.RETURN_VALUE || op == Op.RAISE_VARARGS || op == Op.RERAISE || op == Op.JUMP;
    }

    /** Max depth over all paths; {@code code} holds (op, resolved arg) pairs. */
    static int compute(int[] code, int[] handlers) {
        int n = code.length / 2;
        int[] depthAt = new int[n + 1];
        Arrays.fill(depthAt, -1);
        ArrayDeque<Integer> work = new ArrayDeque<>();
        int max = 0;
        depthAt[0] = 0;
        work.push(0);
        while (!work.isEmpty()) {
            int pc = work.pop();
            int depth = depthAt[pc];
            while (pc < n) {
                int op = code[2 * pc];
                int arg = code[2 * pc + 1];
                for (int h = 0; h < handlers.length; h += 4) {
                    if (pc >= handlers[h] && pc < handlers[h + 1]) {
                        max = Math.max(max, handlers[h + 3] + 1);
                        if (depthAt[handlers[h + 2]] < 0) {
                            depthAt[handlers[h + 2]] = handlers[h + 3] + 1;
                            work.push(handlers[h + 2]);
                        }
                        break;
                    }
                }
                // SEND and YIELD_VALUE hold the value sent in on top while suspended
                max = Math.max(max, depth + (op == Op.SEND || op == Op.YIELD_VALUE ? 1 : 0));
                if (CodeBuilder.isJump(op)) {
                    int target = arg;
                    int jd = depth + effect(op, arg, true);
                    max = Math.max(max, jd);
                    if (depthAt[target] < 0) {
                        depthAt[target] = jd;
                        work.push(target);
                    }
                }
                if (terminal(op)) {
                    break;
                }
                depth += effect(op, arg, false);
                max = Math.max(max, depth);
                pc++;
                if (pc < n && depthAt[pc] >= 0) {
                    break;
                }
                if (pc < n) {
                    depthAt[pc] = depth;
                }
            }
        }
        return max;
    }
}
