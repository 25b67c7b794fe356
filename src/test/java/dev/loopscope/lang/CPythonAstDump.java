package dev.loopscope.lang;

import dev.loopscope.diag.Span;
import dev.loopscope.lang.Ast.*;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints our tree exactly as CPython's {@code ast.dump(tree, include_attributes=True)} would, so
 * that both can be diffed on real files (columns converted to 0-based UTF-8 byte offsets).
 */
final class CPythonAstDump {
    private final String[] lines;
    private final StringBuilder out = new StringBuilder();

    private CPythonAstDump(String source) {
        String t = source.replace("\r\n", "\n").replace('\r', '\n');
        this.lines = t.split("\n", -1);
    }

    static String dump(String source, Ast.Module m) {
        CPythonAstDump d = new CPythonAstDump(source);
        d.out.append("Module(body=");
        d.stmts(m.body());
        d.out.append(", type_ignores=[])");
        return d.out.toString();
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--batch")) {
            List<String> files = Files.readAllLines(Path.of(args[1]));
            for (int i = 0; i < files.size(); i++) {
                String src = Files.readString(Path.of(files.get(i)));
                String text;
                try {
                    text = dump(src, Parser.parse(files.get(i), src));
                } catch (dev.loopscope.diag.Diagnostic.Failure f) {
                    dev.loopscope.diag.Diagnostic d = f.diagnostic();
                    text = "ERROR " + d.kind() + " " + d.span().line() + ":" + d.span().col() + " " + d.message();
                } catch (RuntimeException | StackOverflowError x) {
                    text = "CRASH " + x;
                }
                Files.writeString(Path.of(args[1] + "." + i + ".j"), text + "\n");
            }
            return;
        }
        for (String a : args) {
            String src = Files.readString(Path.of(a));
            System.out.println(dump(src, Parser.parse(a, src)));
        }
    }

    private int byteCol(int line, int col) {
        if (line < 1 || line > lines.length) {
            return col - 1;
        }
        String l = lines[line - 1];
        int chars = l.offsetByCodePoints(0, Math.min(col - 1, l.codePointCount(0, l.length())));
        int extra = col - 1 - l.codePointCount(0, chars);
        return l.substring(0, chars).getBytes(StandardCharsets.UTF_8).length + extra;
    }

    private void attrs(Span s) {
        out.append(", lineno=").append(s.line()).append(", col_offset=").append(byteCol(s.line(), s.col()))
                .append(", end_lineno=").append(s.endLine()).append(", end_col_offset=")
                .append(byteCol(s.endLine(), s.endCol())).append(')');
    }

    private void stmts(List<Stmt> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            stmt(list.get(i));
        }
        out.append(']');
    }

    private void exprs(List<Expr> list, String ctx) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            if (list.get(i) == null) {
                out.append("None");
            } else {
                expr(list.get(i), ctx);
            }
        }
        out.append(']');
    }

    private void opt(String field, Expr e, String ctx) {
        if (e != null) {
            out.append(", ").append(field).append('=');
            expr(e, ctx);
        }
    }

    private static String str(String s) {
        boolean dq = s.indexOf('\'') >= 0 && s.indexOf('"') < 0;
        char q = dq ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        s.codePoints().forEach(c -> {
            if (c == q || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c != ' ' && isNonPrintable(c)) {
                b.append(c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c)
                        : String.format("\\U%08x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.append(q).toString();
    }

    private static boolean isNonPrintable(int c) {
        int t = Character.getType(c);
        return t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                || t == Character.PRIVATE_USE || t == Character.UNASSIGNED || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR || t == Character.SPACE_SEPARATOR;
    }

    private static String bytes(byte[] v) {
        boolean dq = false;
        boolean hasSq = false;
        boolean hasDq = false;
        for (byte x : v) {
            hasSq |= x == '\'';
            hasDq |= x == '"';
        }
        dq = hasSq && !hasDq;
        char q = dq ? '"' : '\'';
        StringBuilder b = new StringBuilder("b").append(q);
        for (byte x : v) {
            int c = x & 0xff;
            if (c == q || c == '\\') {
                b.append('\\').append((char) c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c < 32 || c >= 127) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.append((char) c);
            }
        }
        return b.append(q).toString();
    }

    private static String dbl(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return new java.math.BigDecimal(d).toPlainString() + ".0";
        }
        String j = Double.toString(d);
        int e = j.indexOf('E');
        if (e >= 0) {
            int exp10 = Integer.parseInt(j.substring(e + 1));
            if (exp10 >= -4 && exp10 < 16) {
                return new java.math.BigDecimal(j).stripTrailingZeros().toPlainString();
            }
        }
        if (e < 0) {
            return j;
        }
        String mant = j.substring(0, e);
        if (mant.endsWith(".0")) {
            mant = mant.substring(0, mant.length() - 2);
        }
        int exp = Integer.parseInt(j.substring(e + 1));
        return mant + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
    }

    private static String constant(Object v) {
        if (v == ConstantKind.NONE) {
            return "None";
        }
        if (v == ConstantKind.ELLIPSIS) {
            return "Ellipsis";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Long || v instanceof BigInteger) {
            return v.toString();
        }
        if (v instanceof Double d) {
            return dbl(d);
        }
        if (v instanceof ComplexLiteral c) {
            String r = dbl(c.imag());
            return (r.endsWith(".0") ? r.substring(0, r.length() - 2) : r) + "j";
        }
        if (v instanceof String s) {
            return str(s);
        }
        if (v instanceof byte[] b) {
            return bytes(b);
        }
        return String.valueOf(v);
    }

    private void stmt(Stmt s) {
        if (s instanceof FunctionDef f) {
            out.append(f.isAsync() ? "AsyncFunctionDef" : "FunctionDef").append("(name=").append(str(f.name()))
                    .append(", args=");
            arguments(f.args());
            out.append(", body=");
            stmts(f.body());
            out.append(", decorator_list=");
            exprs(f.decorators(), "Load");
            opt("returns", f.returns(), "Load");
        }
        else if (s instanceof ClassDef c) {
            out.append("ClassDef(name=").append(str(c.name())).append(", bases=");
            exprs(c.bases(), "Load");
            out.append(", keywords=");
            keywords(c.keywords());
            out.append(", body=");
            stmts(c.body());
            out.append(", decorator_list=");
            exprs(c.decorators(), "Load");
        }
        else if (s instanceof Return r) {
            out.append("Return(");
            trimOpt("value", r.value());
        }
        else if (s instanceof Delete d) {
            out.append("Delete(targets=");
            exprs(d.targets(), "Del");
        }
        else if (s instanceof Assign a) {
            out.append("Assign(targets=");
            exprs(a.targets(), "Store");
            out.append(", value=");
            expr(a.value(), "Load");
        }
        else if (s instanceof AugAssign a) {
            out.append("AugAssign(target=");
            expr(a.target(), "Store");
            out.append(", op=").append(binop(a.op())).append("(), value=");
            expr(a.value(), "Load");
        }
        else if (s instanceof AnnAssign a) {
            out.append("AnnAssign(target=");
            expr(a.target(), "Store");
            out.append(", annotation=");
            expr(a.annotation(), "Load");
            opt("value", a.value(), "Load");
            out.append(", simple=").append(a.simple() ? 1 : 0);
        }
        else if (s instanceof For f) {
            out.append(f.isAsync() ? "AsyncFor" : "For").append("(target=");
            expr(f.target(), "Store");
            out.append(", iter=");
            expr(f.iter(), "Load");
            out.append(", body=");
            stmts(f.body());
            out.append(", orelse=");
            stmts(f.orElse());
        }
        else if (s instanceof While w) {
            out.append("While(test=");
            expr(w.test(), "Load");
            out.append(", body=");
            stmts(w.body());
            out.append(", orelse=");
            stmts(w.orElse());
        }
        else if (s instanceof If i) {
            out.append("If(test=");
            expr(i.test(), "Load");
            out.append(", body=");
            stmts(i.body());
            out.append(", orelse=");
            stmts(i.orElse());
        }
        else if (s instanceof With w) {
            out.append(w.isAsync() ? "AsyncWith" : "With").append("(items=[");
            for (int k = 0; k < w.items().size(); k++) {
                WithItem it = w.items().get(k);
                out.append(k > 0 ? ", " : "").append("withitem(context_expr=");
                expr(it.contextExpr(), "Load");
                opt("optional_vars", it.optionalVars(), "Store");
                out.append(')');
            }
            out.append("], body=");
            stmts(w.body());
        }
        else if (s instanceof Raise r) {
            out.append("Raise(");
            boolean any = false;
            if (r.exc() != null) {
                out.append("exc=");
                expr(r.exc(), "Load");
                any = true;
            }
            if (r.cause() != null) {
                out.append(any ? ", " : "").append("cause=");
                expr(r.cause(), "Load");
            }
        }
        else if (s instanceof Try t) {
            out.append(t.isStar() ? "TryStar" : "Try").append("(body=");
            stmts(t.body());
            out.append(", handlers=[");
            for (int k = 0; k < t.handlers().size(); k++) {
                ExceptHandler h = t.handlers().get(k);
                out.append(k > 0 ? ", " : "").append("ExceptHandler(");
                boolean any = false;
                if (h.type() != null) {
                    out.append("type=");
                    expr(h.type(), "Load");
                    any = true;
                }
                if (h.name() != null) {
                    out.append(any ? ", " : "").append("name=").append(str(h.name()));
                    any = true;
                }
                out.append(any ? ", " : "").append("body=");
                stmts(h.body());
                attrs(h.span());
            }
            out.append("], orelse=");
            stmts(t.orElse());
            out.append(", finalbody=");
            stmts(t.finalBody());
        }
        else if (s instanceof Assert a) {
            out.append("Assert(test=");
            expr(a.test(), "Load");
            opt("msg", a.msg(), "Load");
        }
        else if (s instanceof Import i) {
            out.append("Import(names=");
            aliases(i.names());
        }
        else if (s instanceof ImportFrom i) {
            out.append("ImportFrom(");
            if (i.module() != null) {
                out.append("module=").append(str(i.module())).append(", ");
            }
            out.append("names=");
            aliases(i.names());
            out.append(", level=").append(i.level());
        }
        else if (s instanceof Global g) { out.append("Global(names=").append(names(g.names())); }
        else if (s instanceof Nonlocal g) { out.append("Nonlocal(names=").append(names(g.names())); }
        else if (s instanceof ExprStmt e) {
            out.append("Expr(value=");
            expr(e.value(), "Load");
        }
        else if (s instanceof Pass p) { out.append("Pass("); }
        else if (s instanceof Break b) { out.append("Break("); }
        else if (s instanceof Continue c) { out.append("Continue("); }
        if (s instanceof Pass || s instanceof Break || s instanceof Continue
                || s instanceof Return r && r.value() == null || s instanceof Raise x && x.exc() == null) {
            Span sp = s.span();
            out.append("lineno=").append(sp.line()).append(", col_offset=").append(byteCol(sp.line(), sp.col()))
                    .append(", end_lineno=").append(sp.endLine()).append(", end_col_offset=")
                    .append(byteCol(sp.endLine(), sp.endCol())).append(')');
        } else {
            attrs(s.span());
        }
    }

    private void trimOpt(String field, Expr e) {
        if (e != null) {
            out.append(field).append('=');
            expr(e, "Load");
        }
    }

    private static String names(List<String> names) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < names.size(); i++) {
            b.append(i > 0 ? ", " : "").append(str(names.get(i)));
        }
        return b.append(']').toString();
    }

    private void aliases(List<Alias> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            Alias a = list.get(i);
            out.append(i > 0 ? ", " : "").append("alias(name=").append(str(a.name()));
            if (a.asName() != null) {
                out.append(", asname=").append(str(a.asName()));
            }
            attrs(a.span());
        }
        out.append(']');
    }

    private void keywords(List<Keyword> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            Keyword k = list.get(i);
            out.append(i > 0 ? ", " : "").append("keyword(");
            if (k.arg() != null) {
                out.append("arg=").append(str(k.arg())).append(", ");
            }
            out.append("value=");
            expr(k.value(), "Load");
            attrs(k.span());
        }
        out.append(']');
    }

    private void arg(Arg a) {
        out.append("arg(arg=").append(str(a.name()));
        opt("annotation", a.annotation(), "Load");
        attrs(a.span());
    }

    private void args(List<Arg> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            out.append(i > 0 ? ", " : "");
            arg(list.get(i));
        }
        out.append(']');
    }

    private void arguments(Arguments a) {
        out.append("arguments(posonlyargs=");
        args(a.posOnly());
        out.append(", args=");
        args(a.args());
        if (a.varArg() != null) {
            out.append(", vararg=");
            arg(a.varArg());
        }
        out.append(", kwonlyargs=");
        args(a.kwOnly());
        out.append(", kw_defaults=");
        exprs(a.kwDefaults(), "Load");
        if (a.kwArg() != null) {
            out.append(", kwarg=");
            arg(a.kwArg());
        }
        out.append(", defaults=");
        exprs(a.defaults(), "Load");
        out.append(')');
    }

    private void generators(List<Comprehension> gens) {
        out.append('[');
        for (int i = 0; i < gens.size(); i++) {
            Comprehension c = gens.get(i);
            out.append(i > 0 ? ", " : "").append("comprehension(target=");
            expr(c.target(), "Store");
            out.append(", iter=");
            expr(c.iter(), "Load");
            out.append(", ifs=");
            exprs(c.ifs(), "Load");
            out.append(", is_async=").append(c.isAsync() ? 1 : 0).append(')');
        }
        out.append(']');
    }

    private static String binop(BinOpKind k) {
        return switch (k) {
            case ADD -> "Add";
            case SUB -> "Sub";
            case MULT -> "Mult";
            case MATMULT -> "MatMult";
            case DIV -> "Div";
            case MOD -> "Mod";
            case POW -> "Pow";
            case LSHIFT -> "LShift";
            case RSHIFT -> "RShift";
            case BITOR -> "BitOr";
            case BITXOR -> "BitXor";
            case BITAND -> "BitAnd";
            case FLOORDIV -> "FloorDiv";
        };
    }

    private static String cmpop(CmpOpKind k) {
        return switch (k) {
            case EQ -> "Eq";
            case NOT_EQ -> "NotEq";
            case LT -> "Lt";
            case LT_E -> "LtE";
            case GT -> "Gt";
            case GT_E -> "GtE";
            case IS -> "Is";
            case IS_NOT -> "IsNot";
            case IN -> "In";
            case NOT_IN -> "NotIn";
        };
    }

    private void expr(Expr e, String ctx) {
        if (e instanceof BoolOp b) {
            out.append("BoolOp(op=").append(b.isAnd() ? "And" : "Or").append("(), values=");
            exprs(b.values(), "Load");
        }
        else if (e instanceof NamedExpr n) {
            out.append("NamedExpr(target=");
            expr(n.target(), "Store");
            out.append(", value=");
            expr(n.value(), "Load");
        }
        else if (e instanceof BinOp b) {
            out.append("BinOp(left=");
            expr(b.left(), "Load");
            out.append(", op=").append(binop(b.op())).append("(), right=");
            expr(b.right(), "Load");
        }
        else if (e instanceof UnaryOp u) {
            String op = switch (u.op()) {
                case INVERT -> "Invert";
                case NOT -> "Not";
                case UADD -> "UAdd";
                case USUB -> "USub";
            };
            out.append("UnaryOp(op=").append(op).append("(), operand=");
            expr(u.operand(), "Load");
        }
        else if (e instanceof Lambda l) {
            out.append("Lambda(args=");
            arguments(l.args());
            out.append(", body=");
            expr(l.body(), "Load");
        }
        else if (e instanceof IfExp i) {
            out.append("IfExp(test=");
            expr(i.test(), "Load");
            out.append(", body=");
            expr(i.body(), "Load");
            out.append(", orelse=");
            expr(i.orElse(), "Load");
        }
        else if (e instanceof DictExpr d) {
            out.append("Dict(keys=");
            exprs(d.keys(), "Load");
            out.append(", values=");
            exprs(d.values(), "Load");
        }
        else if (e instanceof SetExpr s) {
            out.append("Set(elts=");
            exprs(s.elts(), "Load");
        }
        else if (e instanceof ListComp c) {
            out.append("ListComp(elt=");
            expr(c.elt(), "Load");
            out.append(", generators=");
            generators(c.generators());
        }
        else if (e instanceof SetComp c) {
            out.append("SetComp(elt=");
            expr(c.elt(), "Load");
            out.append(", generators=");
            generators(c.generators());
        }
        else if (e instanceof GeneratorExp c) {
            out.append("GeneratorExp(elt=");
            expr(c.elt(), "Load");
            out.append(", generators=");
            generators(c.generators());
        }
        else if (e instanceof DictComp c) {
            out.append("DictComp(key=");
            expr(c.key(), "Load");
            out.append(", value=");
            expr(c.value(), "Load");
            out.append(", generators=");
            generators(c.generators());
        }
        else if (e instanceof Await a) {
            out.append("Await(value=");
            expr(a.value(), "Load");
        }
        else if (e instanceof Yield y) {
            out.append("Yield(");
            if (y.value() != null) {
                out.append("value=");
                expr(y.value(), "Load");
                attrs(e.span());
            } else {
                Span sp = e.span();
                out.append("lineno=").append(sp.line()).append(", col_offset=")
                        .append(byteCol(sp.line(), sp.col())).append(", end_lineno=").append(sp.endLine())
                        .append(", end_col_offset=").append(byteCol(sp.endLine(), sp.endCol())).append(')');
            }
            return;
        }
        else if (e instanceof YieldFrom y) {
            out.append("YieldFrom(value=");
            expr(y.value(), "Load");
        }
        else if (e instanceof Compare c) {
            out.append("Compare(left=");
            expr(c.left(), "Load");
            out.append(", ops=[");
            for (int i = 0; i < c.ops().size(); i++) {
                out.append(i > 0 ? ", " : "").append(cmpop(c.ops().get(i))).append("()");
            }
            out.append("], comparators=");
            exprs(c.comparators(), "Load");
        }
        else if (e instanceof Call c) {
            out.append("Call(func=");
            expr(c.func(), "Load");
            out.append(", args=");
            exprs(c.args(), "Load");
            out.append(", keywords=");
            keywords(c.keywords());
        }
        else if (e instanceof JoinedStr j) {
            out.append("JoinedStr(values=");
            exprs(j.values(), "Load");
        }
        else if (e instanceof FormattedValue f) {
            out.append("FormattedValue(value=");
            expr(f.value(), "Load");
            out.append(", conversion=").append(f.conversion());
            opt("format_spec", f.formatSpec(), "Load");
        }
        else if (e instanceof Constant c) { out.append("Constant(value=").append(constant(c.value())); }
        else if (e instanceof Attribute a) {
            out.append("Attribute(value=");
            expr(a.value(), "Load");
            out.append(", attr=").append(str(a.attr())).append(", ctx=").append(ctx).append("()");
        }
        else if (e instanceof Subscript s) {
            out.append("Subscript(value=");
            expr(s.value(), "Load");
            out.append(", slice=");
            expr(s.slice(), "Load");
            out.append(", ctx=").append(ctx).append("()");
        }
        else if (e instanceof Starred s) {
            out.append("Starred(value=");
            expr(s.value(), ctx);
            out.append(", ctx=").append(ctx).append("()");
        }
        else if (e instanceof Name n) { out.append("Name(id=").append(str(n.id())).append(", ctx=").append(ctx).append("()"); }
        else if (e instanceof ListExpr l) {
            out.append("List(elts=");
            exprs(l.elts(), ctx);
            out.append(", ctx=").append(ctx).append("()");
        }
        else if (e instanceof TupleExpr t) {
            out.append("Tuple(elts=");
            exprs(t.elts(), ctx);
            out.append(", ctx=").append(ctx).append("()");
        }
        else if (e instanceof Slice s) {
            out.append("Slice(");
            boolean any = false;
            for (Object[] part : new Object[][]{{"lower", s.lower()}, {"upper", s.upper()}, {"step", s.step()}}) {
                if (part[1] != null) {
                    out.append(any ? ", " : "").append(part[0]).append('=');
                    expr((Expr) part[1], "Load");
                    any = true;
                }
            }
            if (!any) {
                Span sp = e.span();
                out.append("lineno=").append(sp.line()).append(", col_offset=")
                        .append(byteCol(sp.line(), sp.col())).append(", end_lineno=").append(sp.endLine())
                        .append(", end_col_offset=").append(byteCol(sp.endLine(), sp.endCol())).append(')');
                return;
            }
        }
        attrs(e.span());
    }
}
