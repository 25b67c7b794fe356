package dev.loopscope.lang;

import dev.loopscope.diag.Span;
import dev.loopscope.lang.Ast.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Tree shapes for each construct, asserted on the records themselves. */
class ParserShapeTest {

    private static List<Stmt> parse(String src) {
        return Parser.parse("t.py", src).body();
    }

    private static Stmt stmt(String src) {
        List<Stmt> body = parse(src);
        assertEquals(1, body.size(), "one statement expected");
        return body.get(0);
    }

    private static Expr expr(String src) {
        return ((ExprStmt) stmt(src)).value();
    }

    private static String id(Expr e) {
        return ((Name) e).id();
    }

    private static Object constant(Expr e) {
        return ((Constant) e).value();
    }

    @Test
    void functionDefWithEveryParameterKind() {
        FunctionDef f = (FunctionDef) stmt("@d1\n@d2.x(1)\nasync def f(a, b=1, /, c: int = 2, *args: str, d, e=3, **kw) -> R:\n  pass\n");
        assertTrue(f.isAsync());
        assertEquals("f", f.name());
        assertEquals(2, f.decorators().size());
        Arguments a = f.args();
        assertEquals(List.of("a", "b"), a.posOnly().stream().map(Arg::name).toList());
        assertEquals(List.of("c"), a.args().stream().map(Arg::name).toList());
        assertEquals("int", id(a.args().get(0).annotation()));
        assertEquals("args", a.varArg().name());
        assertEquals("str", id(a.varArg().annotation()));
        assertEquals(List.of("d", "e"), a.kwOnly().stream().map(Arg::name).toList());
        assertNull(a.kwDefaults().get(0));
        assertEquals(3L, constant(a.kwDefaults().get(1)));
        assertEquals("kw", a.kwArg().name());
        assertEquals(List.of(1L, 2L), a.defaults().stream().map(ParserShapeTest::constant).toList());
        assertEquals("R", id(f.returns()));
        assertEquals(new Span(3, 1, 4, 7), f.span());
    }

    @Test
    void lambdaParameters() {
        Lambda l = (Lambda) expr("lambda a, /, b=1, *c, d, **e: a");
        assertEquals(1, l.args().posOnly().size());
        assertEquals("b", l.args().args().get(0).name());
        assertEquals("c", l.args().varArg().name());
        assertEquals("d", l.args().kwOnly().get(0).name());
        assertEquals("e", l.args().kwArg().name());
        assertEquals("a", id(l.body()));
        assertTrue(((Lambda) expr("lambda: 0")).args().args().isEmpty());
        assertEquals(1, ((Lambda) expr("lambda *, k: 0")).args().kwOnly().size());
    }

    @Test
    void classDef() {
        ClassDef c = (ClassDef) stmt("@dec\nclass A(B, *bs, metaclass=M, **kw):\n  x = 1\n");
        assertEquals("A", c.name());
        assertEquals("B", id(c.bases().get(0)));
        assertInstanceOf(Starred.class, c.bases().get(1));
        assertEquals("metaclass", c.keywords().get(0).arg());
        assertNull(c.keywords().get(1).arg());
        assertEquals(1, c.decorators().size());
        assertTrue(((ClassDef) stmt("class E: pass")).bases().isEmpty());
    }

    @Test
    void simpleStatements() {
        List<Stmt> b = parse("return\nreturn 1, 2\ndel a, b[0], c.d\npass\nbreak\ncontinue\nglobal g, h\nnonlocal n\n"
                + "assert x, 'm'\nraise\nraise E\nraise E from c\n");
        assertNull(((Return) b.get(0)).value());
        assertInstanceOf(TupleExpr.class, ((Return) b.get(1)).value());
        assertEquals(3, ((Delete) b.get(2)).targets().size());
        assertInstanceOf(Pass.class, b.get(3));
        assertInstanceOf(Break.class, b.get(4));
        assertInstanceOf(Continue.class, b.get(5));
        assertEquals(List.of("g", "h"), ((Global) b.get(6)).names());
        assertEquals(List.of("n"), ((Nonlocal) b.get(7)).names());
        assertEquals("m", constant(((Assert) b.get(8)).msg()));
        assertNull(((Raise) b.get(9)).exc());
        assertNull(((Raise) b.get(10)).cause());
        assertEquals("c", id(((Raise) b.get(11)).cause()));
    }

    @Test
    void assignments() {
        Assign chain = (Assign) stmt("a = b = c");
        assertEquals(List.of("a", "b"), chain.targets().stream().map(ParserShapeTest::id).toList());
        assertEquals("c", id(chain.value()));
        Assign unpack = (Assign) stmt("a, *b, [c, (d, e)] = x");
        TupleExpr t = (TupleExpr) unpack.targets().get(0);
        assertInstanceOf(Starred.class, t.elts().get(1));
        assertInstanceOf(ListExpr.class, t.elts().get(2));
        Assign attr = (Assign) stmt("o.a = o[1] = o[1:2] = 0");
        assertInstanceOf(Attribute.class, attr.targets().get(0));
        assertInstanceOf(Subscript.class, attr.targets().get(1));
        assertInstanceOf(Slice.class, ((Subscript) attr.targets().get(2)).slice());
        AugAssign aug = (AugAssign) stmt("x **= 2");
        assertEquals(BinOpKind.POW, aug.op());
        assertEquals(BinOpKind.FLOORDIV, ((AugAssign) stmt("x //= 2")).op());
        assertEquals(BinOpKind.MATMULT, ((AugAssign) stmt("x @= 2")).op());
        AnnAssign ann = (AnnAssign) stmt("x: int = 1");
        assertTrue(ann.simple());
        assertEquals("int", id(ann.annotation()));
        AnnAssign bare = (AnnAssign) stmt("(x): int");
        assertFalse(bare.simple());
        assertNull(bare.value());
        assertFalse(((AnnAssign) stmt("o.x: int")).simple());
        assertInstanceOf(Yield.class, ((Assign) stmt("x = yield")).value());
    }

    @Test
    void ifElifElse() {
        If i = (If) stmt("if a:\n  pass\nelif b:\n  pass\nelse:\n  x = 1\n");
        If elif = (If) i.orElse().get(0);
        assertEquals("b", id(elif.test()));
        assertInstanceOf(Assign.class, elif.orElse().get(0));
        assertEquals(new Span(1, 1, 6, 8), i.span());
    }

    @Test
    void loops() {
        While w = (While) stmt("while x:\n  break\nelse:\n  pass\n");
        assertEquals(1, w.orElse().size());
        For f = (For) stmt("for k, v in d.items():\n  continue\nelse:\n  pass\n");
        assertInstanceOf(TupleExpr.class, f.target());
        assertFalse(f.isAsync());
        assertEquals(1, f.orElse().size());
        FunctionDef af = (FunctionDef) stmt("async def g():\n  async for x in y: pass\n  async with a as b, c: pass\n");
        assertTrue(((For) af.body().get(0)).isAsync());
        With aw = (With) af.body().get(1);
        assertTrue(aw.isAsync());
        assertEquals(2, aw.items().size());
    }

    @Test
    void tryForms() {
        Try t = (Try) stmt("try:\n  a\nexcept (A, B) as e:\n  b\nexcept C:\n  c\nexcept:\n  d\nelse:\n  e\nfinally:\n  f\n");
        assertEquals(3, t.handlers().size());
        assertInstanceOf(TupleExpr.class, t.handlers().get(0).type());
        assertEquals("e", t.handlers().get(0).name());
        assertNull(t.handlers().get(2).type());
        assertEquals(1, t.orElse().size());
        assertEquals(1, t.finalBody().size());
        assertFalse(t.isStar());
        Try star = (Try) stmt("try:\n  a\nexcept* E as eg:\n  b\n");
        assertTrue(star.isStar());
        Try fin = (Try) stmt("try:\n  a\nfinally:\n  b\n");
        assertTrue(fin.handlers().isEmpty());
    }

    @Test
    void withItems() {
        With w = (With) stmt("with (open(a) as f, open(b) as g,):\n  pass\n");
        assertEquals(2, w.items().size());
        assertEquals("g", id(w.items().get(1).optionalVars()));
        // As in CPython 3.11, a parenthesized list without 'as' is still a list of items ...
        assertEquals(2, ((With) stmt("with (a, b):\n  pass\n")).items().size());
        // ... but followed by 'as' it is one tuple-valued item.
        With tuple = (With) stmt("with (a, b) as c:\n  pass\n");
        assertEquals(1, tuple.items().size());
        assertInstanceOf(TupleExpr.class, tuple.items().get(0).contextExpr());
        With target = (With) stmt("with a as (b, c): pass");
        assertInstanceOf(TupleExpr.class, target.items().get(0).optionalVars());
    }

    @Test
    void imports() {
        Import i = (Import) stmt("import a.b as c, d");
        assertEquals("a.b", i.names().get(0).name());
        assertEquals("c", i.names().get(0).asName());
        assertNull(i.names().get(1).asName());
        ImportFrom f = (ImportFrom) stmt("from x.y import (a, b as c,)");
        assertEquals("x.y", f.module());
        assertEquals(0, f.level());
        assertEquals("c", f.names().get(1).asName());
        ImportFrom rel = (ImportFrom) stmt("from . import x");
        assertNull(rel.module());
        assertEquals(1, rel.level());
        assertEquals(4, ((ImportFrom) stmt("from ....m import x")).level());
        assertEquals("*", ((ImportFrom) stmt("from m import *")).names().get(0).name());
    }

    @Test
    void precedence() {
        UnaryOp neg = (UnaryOp) expr("-2 ** 2");
        assertEquals(UnaryOpKind.USUB, neg.op());
        assertEquals(BinOpKind.POW, ((BinOp) neg.operand()).op());
        BinOp pow = (BinOp) expr("2 ** -1 ** 2");
        assertInstanceOf(UnaryOp.class, pow.right());
        BinOp right = (BinOp) expr("a ** b ** c");
        assertEquals("a", id(right.left()));
        BinOp sum = (BinOp) expr("a + b * c - d");
        assertEquals(BinOpKind.SUB, sum.op());
        assertEquals(BinOpKind.ADD, ((BinOp) sum.left()).op());
        BinOp bits = (BinOp) expr("a | b ^ c & d << e");
        assertEquals(BinOpKind.BITOR, bits.op());
        BoolOp or = (BoolOp) expr("a or b or not c and d");
        assertFalse(or.isAnd());
        assertEquals(3, or.values().size());
        assertTrue(((BoolOp) or.values().get(2)).isAnd());
        IfExp ife = (IfExp) expr("a if b else c if d else e");
        assertInstanceOf(IfExp.class, ife.orElse());
        Compare cmp = (Compare) expr("a < b <= c not in d is not e in f is g != h");
        assertEquals(List.of(CmpOpKind.LT, CmpOpKind.LT_E, CmpOpKind.NOT_IN, CmpOpKind.IS_NOT, CmpOpKind.IN,
                CmpOpKind.IS, CmpOpKind.NOT_EQ), cmp.ops());
        Await aw = (Await) expr("await x.y()");
        assertInstanceOf(Call.class, aw.value());
        BinOp awPow = (BinOp) expr("await a ** 2");
        assertInstanceOf(Await.class, awPow.left());
    }

    @Test
    void callsAndTrailers() {
        Call c = (Call) expr("f(a, *b, k=1, **d)");
        assertEquals(2, c.args().size());
        assertInstanceOf(Starred.class, c.args().get(1));
        assertEquals("k", c.keywords().get(0).arg());
        assertNull(c.keywords().get(1).arg());
        Call g = (Call) expr("f(x for x in y)");
        GeneratorExp gen = (GeneratorExp) g.args().get(0);
        assertEquals(new Span(1, 2, 1, 16), gen.span());
        Subscript s = (Subscript) expr("a[1:2, ::3, x]");
        TupleExpr t = (TupleExpr) s.slice();
        Slice first = (Slice) t.elts().get(0);
        assertNull(first.step());
        Slice second = (Slice) t.elts().get(1);
        assertNull(second.lower());
        assertEquals(3L, constant(second.step()));
        Attribute a = (Attribute) expr("a.b.c");
        assertEquals("c", a.attr());
    }

    @Test
    void atoms() {
        assertEquals(Boolean.TRUE, constant(expr("True")));
        assertEquals(ConstantKind.NONE, constant(expr("None")));
        assertEquals(ConstantKind.ELLIPSIS, constant(expr("...")));
        assertEquals("abc", constant(expr("'a' \"b\" '''c'''")));
        assertArrayEquals(new byte[]{'a', 'b'}, (byte[]) constant(expr("b'a' rb'b'")));
        assertTrue(((TupleExpr) expr("()")).elts().isEmpty());
        assertEquals(1, ((TupleExpr) expr("x,")).elts().size());
        assertEquals(new Span(1, 1, 1, 3), expr("x,").span());
        assertEquals(new Span(1, 2, 1, 3), expr("(x)").span());
        assertEquals(2, ((ListExpr) expr("[1, *a]")).elts().size());
        DictExpr d = (DictExpr) expr("{1: 2, **e}");
        assertNull(d.keys().get(1));
        assertTrue(((DictExpr) expr("{}")).keys().isEmpty());
        assertEquals(2, ((SetExpr) expr("{1, *s}")).elts().size());
    }

    @Test
    void comprehensions() {
        ListComp l = (ListComp) expr("[x * y for x in a if x if x > 1 for y in b]");
        assertEquals(2, l.generators().size());
        assertEquals(2, l.generators().get(0).ifs().size());
        SetComp s = (SetComp) expr("{x for x in a}");
        assertEquals("x", id(s.elt()));
        DictComp d = (DictComp) expr("{k: v for k, v in a}");
        assertInstanceOf(TupleExpr.class, d.generators().get(0).target());
        GeneratorExp g = (GeneratorExp) expr("(x async for x in a)");
        assertTrue(g.generators().get(0).isAsync());
        IfExp inIter = (IfExp) ((ListComp) expr("[x for x in (a if b else c)]")).generators().get(0).iter();
        assertEquals("b", id(inIter.test()));
    }

    @Test
    void walrusAndYield() {
        If i = (If) stmt("if (n := len(a)) > 1: pass");
        NamedExpr n = (NamedExpr) ((Compare) i.test()).left();
        assertEquals("n", n.target().id());
        assertInstanceOf(NamedExpr.class, ((ListExpr) expr("[y := 1, y]")).elts().get(0));
        assertInstanceOf(NamedExpr.class, ((While) stmt("while x := f(): pass")).test());
        FunctionDef g = (FunctionDef) stmt("def g():\n  yield\n  yield 1, 2\n  x = yield from y\n  z = (yield)\n");
        assertNull(((Yield) ((ExprStmt) g.body().get(0)).value()).value());
        assertInstanceOf(TupleExpr.class, ((Yield) ((ExprStmt) g.body().get(1)).value()).value());
        assertInstanceOf(YieldFrom.class, ((Assign) g.body().get(2)).value());
        assertInstanceOf(Yield.class, ((Assign) g.body().get(3)).value());
    }

    @Test
    void fStrings() {
        JoinedStr j = (JoinedStr) expr("f'a{x!r:>{w}}b' 'c' f'{{d}}'");
        assertEquals(3, j.values().size());
        assertEquals("a", constant(j.values().get(0)));
        FormattedValue fv = (FormattedValue) j.values().get(1);
        assertEquals('r', fv.conversion());
        JoinedStr spec = (JoinedStr) fv.formatSpec();
        assertEquals(">", constant(spec.values().get(0)));
        assertEquals("w", id(((FormattedValue) spec.values().get(1)).value()));
        assertEquals("bc{d}", constant(j.values().get(2)));
        // The field's expression keeps its real position in the file.
        assertEquals(new Span(1, 5, 1, 6), fv.value().span());
    }

    @Test
    void selfDocumentingFields() {
        JoinedStr a = (JoinedStr) expr("f'{x=}'");
        assertEquals("x=", constant(a.values().get(0)));
        assertEquals('r', ((FormattedValue) a.values().get(1)).conversion());
        JoinedStr b = (JoinedStr) expr("f'{x = !s}'");
        assertEquals("x = ", constant(b.values().get(0)));
        assertEquals('s', ((FormattedValue) b.values().get(1)).conversion());
        JoinedStr c = (JoinedStr) expr("f'{x=:>5}'");
        assertEquals(-1, ((FormattedValue) c.values().get(1)).conversion());
        JoinedStr d = (JoinedStr) expr("f'{a!=b}'");
        assertInstanceOf(Compare.class, ((FormattedValue) d.values().get(0)).value());
    }

    @Test
    void multiLineFStringFieldPositions() {
        JoinedStr j = (JoinedStr) ((Assign) stmt("s = f'''\n{\n  x}'''\n")).value();
        FormattedValue fv = (FormattedValue) j.values().get(1);
        assertEquals(new Span(3, 3, 3, 4), fv.value().span());
    }

    @Test
    void sameLineBodiesAndSemicolons() {
        List<Stmt> b = parse("if x: a = 1; b = 2\nx = 1; y = 2;\n");
        assertEquals(2, ((If) b.get(0)).body().size());
        assertEquals(3, b.size());
    }

    @Test
    void statementSpans() {
        Assign a = (Assign) stmt("x = (1 +\n     2)\n");
        assertEquals(new Span(1, 1, 2, 8), a.span());
        BinOp b = (BinOp) a.value();
        assertEquals(new Span(1, 6, 2, 7), b.span());
    }
}
