package dev.loopscope.lang;

import dev.loopscope.lang.Ast.*;

import java.util.List;

/**
 * What may stand left of {@code =}, after {@code for}, {@code as} or {@code del}, with CPython's
 * messages for what may not. The parser parses targets as expressions and checks them here.
 */
final class Targets {
    private Targets() {
    }

    enum Use { ASSIGN, FOR, WITH }

    /** CPython's _PyPegen_get_expr_name. */
    static String describe(Expr e) {
        if (e instanceof Attribute) {
            return "attribute";
        } else if (e instanceof Subscript) {
            return "subscript";
        } else if (e instanceof Starred) {
            return "starred";
        } else if (e instanceof Name) {
            return "name";
        } else if (e instanceof ListExpr) {
            return "list";
        } else if (e instanceof TupleExpr) {
            return "tuple";
        } else if (e instanceof Lambda) {
            return "lambda";
        } else if (e instanceof Call) {
            return "function call";
        } else if (e instanceof BoolOp || e instanceof BinOp || e instanceof UnaryOp) {
            return "expression";
        } else if (e instanceof GeneratorExp) {
            return "generator expression";
        } else if (e instanceof Yield || e instanceof YieldFrom) {
            return "yield expression";
        } else if (e instanceof Await) {
            return "await expression";
        } else if (e instanceof ListComp) {
            return "list comprehension";
        } else if (e instanceof SetComp) {
            return "set comprehension";
        } else if (e instanceof DictComp) {
            return "dict comprehension";
        } else if (e instanceof DictExpr) {
            return "dict literal";
        } else if (e instanceof SetExpr) {
            return "set display";
        } else if (e instanceof JoinedStr || e instanceof FormattedValue) {
            return "f-string expression";
        } else if (e instanceof Constant c) {
            if (c.value() == ConstantKind.NONE) {
                return "None";
            } else if (Boolean.TRUE.equals(c.value())) {
                return "True";
            } else if (Boolean.FALSE.equals(c.value())) {
                return "False";
            } else if (c.value() == ConstantKind.ELLIPSIS) {
                return "ellipsis";
            }
            return "literal";
        } else if (e instanceof Compare) {
            return "comparison";
        } else if (e instanceof IfExp) {
            return "conditional expression";
        } else if (e instanceof NamedExpr) {
            return "named expression";
        }
        return "expression";
    }

    static void check(TokenCursor p, Expr target, Use use) {
        if (target instanceof Starred && use == Use.ASSIGN) {
            p.compileError(target.span(), "starred assignment target must be in a list or tuple");
        }
        checkStarCount(p, target);
        Expr bad = firstInvalid(target);
        if (bad == null) {
            return;
        }
        if (bad instanceof Name n) {
            throw p.syntax(bad.span(), "cannot assign to " + n.id());
        }
        throw p.syntax(bad.span(), "cannot assign to " + describe(bad));
    }

    /** CPython's invalid_named_expression: a bitwise_or that is not a display or a named constant. */
    static boolean mayHaveMeantComparison(Expr e) {
        if (e == null || e instanceof Name || e instanceof TupleExpr || e instanceof ListExpr
                || e instanceof Constant c && (c.value() == ConstantKind.NONE || c.value() instanceof Boolean)) {
            return false;
        }
        return !(e instanceof Compare || e instanceof BoolOp || e instanceof Lambda || e instanceof IfExp
                || e instanceof UnaryOp u && u.op() == UnaryOpKind.NOT || e instanceof GeneratorExp
                || e instanceof NamedExpr);
    }

    /** The first node that cannot be assigned to, or null; a Name is returned only for __debug__. */
    static Expr firstInvalid(Expr e) {
        if (e instanceof Name n) {
            return n.id().equals("__debug__") ? n : null;
        }
        if (e instanceof Attribute || e instanceof Subscript) {
            return null;
        }
        if (e instanceof Starred s) {
            return firstInvalid(s.value());
        }
        if (e instanceof TupleExpr t) {
            for (Expr x : t.elts()) {
                Expr bad = firstInvalid(x);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        if (e instanceof ListExpr l) {
            for (Expr x : l.elts()) {
                Expr bad = firstInvalid(x);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        return e;
    }

    /** compile.c's unpacking rule: one starred name per tuple or list target. */
    private static void checkStarCount(TokenCursor p, Expr target) {
        List<Expr> elts = target instanceof TupleExpr t ? t.elts() : target instanceof ListExpr l ? l.elts() : null;
        if (elts == null) {
            if (target instanceof Starred s) {
                checkStarCount(p, s.value());
            }
            return;
        }
        boolean seen = false;
        for (Expr e : elts) {
            if (e instanceof Starred) {
                if (seen) {
                    p.compileError(target.span(), "multiple starred expressions in assignment");
                }
                seen = true;
            }
            checkStarCount(p, e);
        }
    }

    static void checkAugmented(TokenCursor p, Expr target) {
        if (target instanceof Name || target instanceof Attribute || target instanceof Subscript) {
            return;
        }
        throw p.syntax(target.span(), "'" + describe(target) + "' is an illegal expression for augmented assignment");
    }

    static void checkDelete(TokenCursor p, Expr target) {
        if (target instanceof Name || target instanceof Attribute || target instanceof Subscript) {
            return;
        }
        if (target instanceof TupleExpr t) {
            t.elts().forEach(x -> checkDelete(p, x));
            return;
        }
        if (target instanceof ListExpr l) {
            l.elts().forEach(x -> checkDelete(p, x));
            return;
        }
        throw p.syntax(target.span(), "cannot delete " + describe(target));
    }
}
