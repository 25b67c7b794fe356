package dev.loopscope.lang;

/**
 * The instruction set: CPython 3.11's, trimmed. Each instruction is (opcode, arg). Stack effects
 * follow CPython's documentation of the dis module unless noted.
 */
public final class Op {
    private Op() {
    }

    public static final int NOP = 0;
    public static final int POP_TOP = 1;
    /** arg n: push a copy of the n-th item from the top (1 = TOS). */
    public static final int COPY = 2;
    /** arg n: swap TOS with the n-th item from the top. */
    public static final int SWAP = 3;
    public static final int PUSH_NULL = 4;
    public static final int LOAD_CONST = 5;
    public static final int LOAD_FAST = 6;
    public static final int STORE_FAST = 7;
    public static final int DELETE_FAST = 8;
    /** arg: index into the frame's cells (cell vars, then free vars). */
    public static final int LOAD_DEREF = 9;
    public static final int STORE_DEREF = 10;
    public static final int DELETE_DEREF = 11;
    public static final int LOAD_CLOSURE = 12;
    /** Class bodies: the namespace first, then the cell. arg: cell index; name from the cell. */
    public static final int LOAD_CLASSDEREF = 13;
    public static final int LOAD_GLOBAL = 14;
    public static final int STORE_GLOBAL = 15;
    public static final int DELETE_GLOBAL = 16;
    public static final int LOAD_NAME = 17;
    public static final int STORE_NAME = 18;
    public static final int DELETE_NAME = 19;
    public static final int LOAD_ATTR = 20;
    public static final int STORE_ATTR = 21;
    public static final int DELETE_ATTR = 22;
    /** obj -> (method, obj) or (NULL, attr). */
    public static final int LOAD_METHOD = 23;
    /** arg: index of a const tuple of keyword names for the next CALL. */
    public static final int KW_NAMES = 24;
    /** (NULL|method, callable|self, args...) -> result; arg = number of args after callable/self. */
    public static final int CALL = 25;
    /** (NULL, callable, args tuple[, kwargs dict]) -> result; arg 1 when kwargs present. */
    public static final int CALL_FUNCTION_EX = 26;
    /** arg: Ops binary operator; +100 for the in-place form. */
    public static final int BINARY_OP = 27;
    public static final int UNARY_NEGATIVE = 28;
    public static final int UNARY_POSITIVE = 29;
    public static final int UNARY_NOT = 30;
    public static final int UNARY_INVERT = 31;
    /** arg: Ops comparison. */
    public static final int COMPARE_OP = 32;
    /** arg 1 for "is not". */
    public static final int IS_OP = 33;
    /** arg 1 for "not in". */
    public static final int CONTAINS_OP = 34;
    public static final int BINARY_SUBSCR = 35;
    /** (value, container, key) -> (). */
    public static final int STORE_SUBSCR = 36;
    public static final int DELETE_SUBSCR = 37;
    public static final int BUILD_SLICE = 38;
    public static final int BUILD_TUPLE = 39;
    public static final int BUILD_LIST = 40;
    public static final int BUILD_SET = 41;
    /** arg n: n key/value pairs. */
    public static final int BUILD_MAP = 42;
    public static final int BUILD_STRING = 43;
    public static final int LIST_APPEND = 44;
    public static final int SET_ADD = 45;
    public static final int MAP_ADD = 46;
    public static final int LIST_EXTEND = 47;
    public static final int SET_UPDATE = 48;
    public static final int DICT_UPDATE = 49;
    /** Like DICT_UPDATE, for **kwargs: duplicate keys are an error. */
    public static final int DICT_MERGE = 50;
    public static final int LIST_TO_TUPLE = 51;
    /** arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 when a format spec is on the stack. */
    public static final int FORMAT_VALUE = 52;
    public static final int UNPACK_SEQUENCE = 53;
    /** arg: count before the star | count after << 8. */
    public static final int UNPACK_EX = 54;
    public static final int JUMP = 55;
    public static final int POP_JUMP_IF_FALSE = 56;
    public static final int POP_JUMP_IF_TRUE = 57;
    public static final int JUMP_IF_FALSE_OR_POP = 58;
    public static final int JUMP_IF_TRUE_OR_POP = 59;
    public static final int GET_ITER = 60;
    /** iter -> iter next, or pops iter and jumps when exhausted. */
    public static final int FOR_ITER = 61;
    public static final int RETURN_VALUE = 62;
    /** arg flags: 1 defaults tuple, 2 kw-defaults dict, 8 closure tuple; code on top. */
    public static final int MAKE_FUNCTION = 63;
    public static final int LOAD_BUILD_CLASS = 64;
    /** (level, fromlist) -> module. */
    public static final int IMPORT_NAME = 65;
    public static final int IMPORT_FROM = 66;
    /** arg 0: re-raise the handled exception; 1: raise TOS; 2: raise TOS1 from TOS. */
    public static final int RAISE_VARARGS = 67;
    /** Re-raises TOS, keeping its context and traceback. */
    public static final int RERAISE = 68;
    /** exc -> (previously handled exc, exc); exc becomes the handled exception. */
    public static final int PUSH_EXC_INFO = 69;
    /** Pops the previously handled exception and restores it. */
    public static final int POP_EXCEPT = 70;
    /** (exc, type) -> (exc, bool). */
    public static final int CHECK_EXC_MATCH = 71;
    public static final int LOAD_ASSERTION_ERROR = 72;
    /** mgr -> (bound __exit__, result of __enter__()). */
    public static final int BEFORE_WITH = 73;
    /** mgr -> (bound __aexit__, awaitable of __aenter__()). */
    public static final int BEFORE_ASYNC_WITH = 74;
    /** (exit, prev, exc) -> (exit, prev, exc, exit(type, exc, tb)). */
    public static final int WITH_EXCEPT_START = 75;
    /** arg: 0 await, 1 after __aenter__, 2 after __aexit__ (for error messages). */
    public static final int GET_AWAITABLE = 76;
    /** (iter, value) -> (iter, yielded) and suspends, or -> (result) and jumps to arg. */
    public static final int SEND = 77;
    /** Generators: value -> suspends; on resume the sent value is pushed. */
    public static final int YIELD_VALUE = 78;
    public static final int GET_YIELD_FROM_ITER = 79;
    public static final int GET_AITER = 80;
    /** aiter -> (aiter, awaitable of __anext__()). */
    public static final int GET_ANEXT = 81;
    /** (aiter, exc) -> () when exc is StopAsyncIteration, else re-raises. */
    public static final int END_ASYNC_FOR = 82;
    /** except*: (orig, rest, type) -> (orig, rest', match or None). */
    public static final int CHECK_EG_MATCH = 83;
    /** except*: (orig, raised list) -> exception to re-raise, or None. */
    public static final int PREP_RERAISE_STAR = 84;
    public static final int SETUP_ANNOTATIONS = 85;
    /** Checks that the value on top is an ExceptionGroup target; wraps a naked exception. */
    public static final int WRAP_EG = 86;
    /** arg: number of items; pops n items and pushes a list (for appending in except*). */
    public static final int LIST_APPEND_RAISED = 87;

    public static final int COUNT = 88;
}
