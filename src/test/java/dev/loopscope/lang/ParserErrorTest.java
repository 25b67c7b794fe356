package dev.loopscope.lang;

import dev.loopscope.diag.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Broken programs: kind, line:col and message as CPython 3.11 reports them (checked against it). */
class ParserErrorTest {

    private static Diagnostic error(String src) {
        return assertThrows(Diagnostic.Failure.class, () -> Parser.parse("bad.py", src)).diagnostic();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            x = 1\\n  y = 2\\n                   | IndentationError | 2:2  | unexpected indent
            if x:\\n    a\\n  b\\n               | IndentationError | 3:4  | unindent does not match any outer indentation level
            if x:\\npass\\n                      | IndentationError | 2:1  | expected an indented block after 'if' statement on line 1
            def f():\\n  for x in y:\\n  z\\n     | IndentationError | 3:3  | expected an indented block after 'for' statement on line 2
            if x:\\n                             | IndentationError | 1:6  | expected an indented block after 'if' statement on line 1
            if x\\n    pass\\n                   | SyntaxError      | 1:5  | expected ':'
            class A\\n                           | SyntaxError      | 1:8  | expected ':'
            f() = 1\\n                           | SyntaxError      | 1:1  | cannot assign to function call here. Maybe you meant '==' instead of '='?
            x + 1 = 2\\n                         | SyntaxError      | 1:1  | cannot assign to expression here. Maybe you meant '==' instead of '='?
            None = 1\\n                          | SyntaxError      | 1:1  | cannot assign to None
            del f()\\n                           | SyntaxError      | 1:5  | cannot delete function call
            for f() in x: pass\\n                | SyntaxError      | 1:5  | cannot assign to function call
            f() += 1\\n                          | SyntaxError      | 1:1  | 'function call' is an illegal expression for augmented assignment
            (a, b) += 1\\n                       | SyntaxError      | 1:1  | 'tuple' is an illegal expression for augmented assignment
            a, b: int\\n                         | SyntaxError      | 1:1  | only single target (not tuple) can be annotated
            [a b]\\n                             | SyntaxError      | 1:2  | invalid syntax. Perhaps you forgot a comma?
            f(a b)\\n                            | SyntaxError      | 1:3  | invalid syntax. Perhaps you forgot a comma?
            foo(1, 2\\nx = 3\\n                  | SyntaxError      | 1:4  | '(' was never closed
            x = )\\n                             | SyntaxError      | 1:5  | unmatched ')'
            x = (]\\n                            | SyntaxError      | 1:6  | closing parenthesis ']' does not match opening parenthesis '('
            s = 'abc\\n                          | SyntaxError      | 1:5  | unterminated string literal (detected at line 1)
            s = '''abc\\n\\nx\\n                 | SyntaxError      | 1:5  | unterminated triple-quoted string literal (detected at line 3)
            if x\\n  pass\\ny = '\\n             | SyntaxError      | 3:5  | unterminated string literal (detected at line 3)
            x = 1 +\\n                           | SyntaxError      | 1:8  | invalid syntax
            x = 5 6\\n                           | SyntaxError      | 1:7  | invalid syntax
            else: pass\\n                        | SyntaxError      | 1:1  | invalid syntax
            x := 1\\n                            | SyntaxError      | 1:3  | invalid syntax
            print 'x'\\n                         | SyntaxError      | 1:1  | Missing parentheses in call to 'print'. Did you mean print(...)?
            f(x for x in y, 1)\\n                | SyntaxError      | 1:3  | Generator expression must be parenthesized
            f(a=1, b)\\n                         | SyntaxError      | 1:9  | positional argument follows keyword argument
            f(**a, *b)\\n                        | SyntaxError      | 1:8  | iterable argument unpacking follows keyword argument unpacking
            def f(a=1, b): pass\\n               | SyntaxError      | 1:12 | non-default argument follows default argument
            def f(*): pass\\n                    | SyntaxError      | 1:7  | named arguments must follow bare *
            from x import a,\\n                  | SyntaxError      | 1:17 | trailing comma not allowed without surrounding parentheses
            x = {1: 2, 3}\\n                     | SyntaxError      | 1:12 | ':' expected after dictionary key
            x = 1 if y\\n                        | SyntaxError      | 1:5  | expected 'else' after 'if' expression
            try:\\n  pass\\n                     | SyntaxError      | 2:7  | expected 'except' or 'finally' block
            x = yield = 1\\n                     | SyntaxError      | 1:5  | assignment to yield expression not possible
            if x = 1:\\n  pass\\n                | SyntaxError      | 1:4  | invalid syntax. Maybe you meant '==' or ':=' instead of '='?
            print(*a for a in b)\\n              | SyntaxError      | 1:7  | iterable unpacking cannot be used in comprehension
            (x for x in y) = 1\\n                | SyntaxError      | 1:1  | cannot assign to generator expression
            'a' b'b'\\n                          | SyntaxError      | 1:9  | cannot mix bytes and nonbytes literals
            f'{a!x}'\\n                          | SyntaxError      | 1:9  | f-string: invalid conversion character: expected 's', 'r', or 'a'
            f'{}'\\n                             | SyntaxError      | 1:6  | f-string: empty expression not allowed
            f'{a\\\\n}'\\n                       | SyntaxError      | 1:9  | f-string expression part cannot include a backslash
            f'}'\\n                              | SyntaxError      | 1:5  | f-string: single '}' is not allowed
            f'{x:{y:{z}}}'\\n                    | SyntaxError      | 1:15 | f-string: expressions nested too deeply
            x = 0777\\n                          | SyntaxError      | 1:5  | leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers
            return\\nx = \\\\ 1\\n               | SyntaxError      | 2:6  | unexpected character after line continuation character
            if True:\\n\\tx\\n        y\\n       | TabError         | 3:1  | inconsistent use of tabs and spaces in indentation
            match x:\\n case 1: pass\\n          | unsupported      | 1:1  | match statements are not supported
            type X = int\\n                      | unsupported      | 1:1  | type statements are not supported
            class A:\\n  @d\\ndef f(): pass\\n      | IndentationError | 3:1  | unexpected unindent
            x = 1\\u00a0+ 2\\n                  | SyntaxError      | 1:6  | invalid non-printable character U+00A0
            @x\\nx = 1\\n                        | SyntaxError      | 2:1  | invalid syntax
            x = (1 for x in y for)\\n            | SyntaxError      | 1:22 | invalid syntax
            def f() -> : pass\\n                 | SyntaxError      | 1:9  | expected ':'
            async x\\n                           | SyntaxError      | 1:7  | invalid syntax
            for x in y\\n  pass\\n               | SyntaxError      | 1:11 | expected ':'
            with a as b\\n  pass\\n              | SyntaxError      | 1:12 | expected ':'
            lambda x y: 0\\n                     | SyntaxError      | 1:10 | invalid syntax
            x = [i for i in]\\n                  | SyntaxError      | 1:16 | invalid syntax
            del x +  1\\n                        | SyntaxError      | 1:5  | cannot delete expression
            f(a=1, **k, a=2)\\n                  | SyntaxError      | 1:13 | keyword argument repeated: a
            """)
    void reportsLikeCPython(String source, String kind, String where, String message) {
        Diagnostic d = error(source.strip().replace("\\\\", "\u0000").replace("\\n", "\n").replace("\\t", "\t")
                .replace("\\u00a0", "\u00a0").replace("\u0000", "\\"));
        assertEquals(message, d.message());
        assertEquals(kind, d.kind());
        assertEquals(where, d.span().line() + ":" + d.span().col());
    }

    @Test
    void diagnosticCarriesFileAndSourceLine() {
        Diagnostic d = error("x = 1\nif x\n    pass\n");
        assertEquals("bad.py", d.file());
        assertEquals("if x", d.sourceLine());
        assertEquals("bad.py:2:5: SyntaxError: expected ':'\n    if x\n        ^\n", d.render());
    }

    @Test
    void sourceLineHasNoLineEnding() {
        Diagnostic d = error("x = 1\r\ny = )\r\n");
        assertEquals("y = )", d.sourceLine());
    }

    @Test
    void matchAsAnIdentifierIsFine() {
        assertEquals(3, Parser.parse("t.py", "match = 1\nmatch(x)\nmatch.group(1)\n").body().size());
    }
}
