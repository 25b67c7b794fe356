# textwrap: dedent, indent, wrap/fill with widths and indents, hyphenated words, shorten
import asyncio
import textwrap

DOC = """
    Asyncio is a library to write concurrent code using the async/await syntax.
      It is used as a foundation for multiple Python asynchronous frameworks.
    \t
    End of text.
"""

LONG = ("The event loop is the core of every asyncio application. Event loops run asynchronous "
        "tasks and callbacks, perform network IO operations, and run sub-processes. "
        "Application developers should typically use the high-level asyncio functions, "
        "such as asyncio.run(), and should rarely need to reference the loop object. "
        "A well-known, state-of-the-art, self-explanatory example: supercalifragilisticexpialidocious!")


async def report(name, delay):
    await asyncio.sleep(delay)
    return textwrap.indent(textwrap.fill(f"{name} finished after {delay} seconds of careful work", width=24), "  | ")


async def main():
    print(repr(textwrap.dedent(DOC)))
    print(repr(textwrap.dedent("  a\n    b\n  c")), repr(textwrap.dedent("\ta\n  b")), repr(textwrap.dedent("x\n  y")))
    print(textwrap.indent("one\ntwo\n\nthree", "> "))
    print(repr(textwrap.indent("a\n  \nb\n", "+", lambda line: True)))
    for width in (20, 35, 60):
        print(f"--- width {width}")
        print(textwrap.fill(LONG, width=width))
    print(textwrap.wrap("short"), textwrap.wrap(""), textwrap.wrap("   "))
    print(textwrap.wrap(LONG, width=30, initial_indent="* ", subsequent_indent="  ")[:5])
    print(textwrap.wrap("a-b well-known x--y co-op re-enter e-mail 123-456", width=6))
    print(textwrap.wrap("averyveryverylongword and more", width=8))
    print(textwrap.wrap("averyveryverylongword and more", width=8, break_long_words=False))
    print(textwrap.wrap("tabs\there\tand\nnewlines", width=12))
    print(textwrap.fill("Hello.  World! Is it ok? yes.", width=80, fix_sentence_endings=True))
    print(textwrap.shorten("Hello  world!   How are you today?", width=20))
    print(textwrap.shorten(LONG, width=50, placeholder=" ..."))
    print(textwrap.wrap(LONG, width=40, max_lines=3))
    w = textwrap.TextWrapper(width=25, break_on_hyphens=False)
    print(w.wrap("state-of-the-art self-explanatory long-running coroutines"))
    for line in await asyncio.gather(report("fetcher", 0.2), report("parser", 0.1)):
        print(line)

asyncio.run(main())
