package dev.loopscope.lang;

import dev.loopscope.diag.Span;

import java.util.List;

/**
 * The syntax tree of a scenario, shaped after CPython's {@code ast} module so that the compiler
 * can follow CPython's own compile.c where semantics are subtle. Every node carries its span.
 * Optional children are {@code null}; lists are never null.
 */
public final class Ast {
    private Ast() {
    }

    public sealed interface Node permits Stmt, Expr, Arguments, Arg, Keyword, Alias, ExceptHandler,
            WithItem, Comprehension, Module {
        Span span();
    }

    public record Module(List<Stmt> body, Span span) implements Node {
    }

    // ---------------------------------------------------------------------------------- statements

    public sealed interface Stmt extends Node permits FunctionDef, ClassDef, Return, Delete, Assign,
            AugAssign, AnnAssign, For, While, If, With, Raise, Try, Assert, Import, ImportFrom, Global,
            Nonlocal, ExprStmt, Pass, Break, Continue {
    }

    /** {@code def} or {@code async def}; {@code returns} (the annotation) is kept only for checks. */
    public record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                              boolean isAsync, Expr returns, Span span) implements Stmt {
    }

    public record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
                           List<Expr> decorators, Span span) implements Stmt {
    }

    public record Return(Expr value, Span span) implements Stmt {
    }

    public record Delete(List<Expr> targets, Span span) implements Stmt {
    }

    /** {@code a = b = value}: targets in source order. */
    public record Assign(List<Expr> targets, Expr value, Span span) implements Stmt {
    }

    public record AugAssign(Expr target, BinOpKind op, Expr value, Span span) implements Stmt {
    }

    /** {@code target: annotation [= value]}; {@code simple} as in CPython (a bare name). */
    public record AnnAssign(Expr target, Expr annotation, Expr value, boolean simple, Span span)
            implements Stmt {
    }

    public record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse, boolean isAsync,
                      Span span) implements Stmt {
    }

    public record While(Expr test, List<Stmt> body, List<Stmt> orElse, Span span) implements Stmt {
    }

    /** {@code elif} chains are nested Ifs in {@code orElse}, as in CPython. */
    public record If(Expr test, List<Stmt> body, List<Stmt> orElse, Span span) implements Stmt {
    }

    public record With(List<WithItem> items, List<Stmt> body, boolean isAsync, Span span)
            implements Stmt {
    }

    public record Raise(Expr exc, Expr cause, Span span) implements Stmt {
    }

    /** {@code isStar} for {@code except*}. */
    public record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orElse,
                      List<Stmt> finalBody, boolean isStar, Span span) implements Stmt {
    }

    public record Assert(Expr test, Expr msg, Span span) implements Stmt {
    }

    public record Import(List<Alias> names, Span span) implements Stmt {
    }

    /** {@code from module import names}; {@code level} counts leading dots. */
    public record ImportFrom(String module, List<Alias> names, int level, Span span) implements Stmt {
    }

    public record Global(List<String> names, Span span) implements Stmt {
    }

    public record Nonlocal(List<String> names, Span span) implements Stmt {
    }

    public record ExprStmt(Expr value, Span span) implements Stmt {
    }

    public record Pass(Span span) implements Stmt {
    }

    public record Break(Span span) implements Stmt {
    }

    public record Continue(Span span) implements Stmt {
    }

    // --------------------------------------------------------------------------------- expressions

    public sealed interface Expr extends Node permits BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp,
            DictExpr, SetExpr, ListComp, SetComp, DictComp, GeneratorExp, Await, Yield, YieldFrom,
            Compare, Call, JoinedStr, FormattedValue, Constant, Attribute, Subscript, Starred, Name,
            ListExpr, TupleExpr, Slice {
    }

    /** {@code and}/{@code or} with two or more operands (CPython flattens {@code a or b or c}). */
    public record BoolOp(boolean isAnd, List<Expr> values, Span span) implements Expr {
    }

    /** The walrus operator: {@code target := value}. */
    public record NamedExpr(Name target, Expr value, Span span) implements Expr {
    }

    public record BinOp(Expr left, BinOpKind op, Expr right, Span span) implements Expr {
    }

    public record UnaryOp(UnaryOpKind op, Expr operand, Span span) implements Expr {
    }

    public record Lambda(Arguments args, Expr body, Span span) implements Expr {
    }

    public record IfExp(Expr test, Expr body, Expr orElse, Span span) implements Expr {
    }

    /** A null key stands for {@code **value}. */
    public record DictExpr(List<Expr> keys, List<Expr> values, Span span) implements Expr {
    }

    public record SetExpr(List<Expr> elts, Span span) implements Expr {
    }

    public record ListComp(Expr elt, List<Comprehension> generators, Span span) implements Expr {
    }

    public record SetComp(Expr elt, List<Comprehension> generators, Span span) implements Expr {
    }

    public record DictComp(Expr key, Expr value, List<Comprehension> generators, Span span)
            implements Expr {
    }

    public record GeneratorExp(Expr elt, List<Comprehension> generators, Span span) implements Expr {
    }

    public record Await(Expr value, Span span) implements Expr {
    }

    /** {@code value} is null for a bare {@code yield}. */
    public record Yield(Expr value, Span span) implements Expr {
    }

    public record YieldFrom(Expr value, Span span) implements Expr {
    }

    /** {@code a < b <= c}: one left operand, then parallel lists of operators and operands. */
    public record Compare(Expr left, List<CmpOpKind> ops, List<Expr> comparators, Span span)
            implements Expr {
    }

    /** Positional {@code args} may contain {@link Starred}; a keyword with null arg is {@code **x}. */
    public record Call(Expr func, List<Expr> args, List<Keyword> keywords, Span span) implements Expr {
    }

    /** An f-string: its parts are {@link Constant} strings and {@link FormattedValue}s. */
    public record JoinedStr(List<Expr> values, Span span) implements Expr {
    }

    /**
     * One replacement field of an f-string. {@code conversion} is -1 (none), 's', 'r' or 'a';
     * {@code formatSpec} is null or a {@link JoinedStr} (specs may nest fields). A self-documenting
     * field {@code {x=}} is desugared by the parser into a Constant "x=" followed by this node.
     */
    public record FormattedValue(Expr value, int conversion, Expr formatSpec, Span span)
            implements Expr {
    }

    /**
     * A literal. {@code value} is one of: {@link Long} or {@link java.math.BigInteger} (ints, the
     * latter only outside long's range), {@link Double}, {@link String}, {@link Boolean},
     * {@link ConstantKind#NONE}, {@link ConstantKind#ELLIPSIS}, {@link ComplexLiteral}, or
     * {@code byte[]} for bytes literals.
     */
    public record Constant(Object value, Span span) implements Expr {
    }

    public enum ConstantKind { NONE, ELLIPSIS }

    /** An imaginary literal such as {@code 2j}. */
    public record ComplexLiteral(double imag) {
    }

    public record Attribute(Expr value, String attr, Span span) implements Expr {
    }

    /** {@code slice} is an {@link Slice}, a {@link TupleExpr} (possibly holding slices) or any expr. */
    public record Subscript(Expr value, Expr slice, Span span) implements Expr {
    }

    public record Starred(Expr value, Span span) implements Expr {
    }

    public record Name(String id, Span span) implements Expr {
    }

    public record ListExpr(List<Expr> elts, Span span) implements Expr {
    }

    public record TupleExpr(List<Expr> elts, Span span) implements Expr {
    }

    /** {@code lower:upper:step}, each part optional (null). Only inside a Subscript. */
    public record Slice(Expr lower, Expr upper, Expr step, Span span) implements Expr {
    }

    // ---------------------------------------------------------------------------------- operators

    public enum BinOpKind {
        ADD("+"), SUB("-"), MULT("*"), MATMULT("@"), DIV("/"), MOD("%"), POW("**"), LSHIFT("<<"),
        RSHIFT(">>"), BITOR("|"), BITXOR("^"), BITAND("&"), FLOORDIV("//");

        public final String symbol;

        BinOpKind(String symbol) {
            this.symbol = symbol;
        }
    }

    public enum UnaryOpKind {
        INVERT("~"), NOT("not"), UADD("+"), USUB("-");

        public final String symbol;

        UnaryOpKind(String symbol) {
            this.symbol = symbol;
        }
    }

    public enum CmpOpKind {
        EQ("=="), NOT_EQ("!="), LT("<"), LT_E("<="), GT(">"), GT_E(">="), IS("is"), IS_NOT("is not"),
        IN("in"), NOT_IN("not in");

        public final String symbol;

        CmpOpKind(String symbol) {
            this.symbol = symbol;
        }
    }

    // ------------------------------------------------------------------------------- other nodes

    /**
     * A parameter list. {@code defaults} align with the last entries of
     * {@code posOnly + args}; {@code kwDefaults} align with {@code kwOnly} (null where none).
     */
    public record Arguments(List<Arg> posOnly, List<Arg> args, Arg varArg, List<Arg> kwOnly,
                            List<Expr> kwDefaults, Arg kwArg, List<Expr> defaults, Span span)
            implements Node {
        public static Arguments empty(Span span) {
            return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of(), span);
        }
    }

    public record Arg(String name, Expr annotation, Span span) implements Node {
    }

    /** {@code arg=value} in a call or class header; {@code arg} is null for {@code **value}. */
    public record Keyword(String arg, Expr value, Span span) implements Node {
    }

    /** {@code name [as asName]} in an import; {@code name} may be dotted. */
    public record Alias(String name, String asName, Span span) implements Node {
    }

    /** {@code except [type [as name]]:}; type null for a bare except. */
    public record ExceptHandler(Expr type, String name, List<Stmt> body, Span span) implements Node {
    }

    public record WithItem(Expr contextExpr, Expr optionalVars, Span span) implements Node {
    }

    public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync, Span span)
            implements Node {
    }
}
