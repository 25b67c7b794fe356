# Language: print with sep/end/file=sys.stderr, sys.stdout.write, empty lines, a line
# finished across an await (timed when its newline is written) and an unfinished last line.
import asyncio
import sys

async def main():
    print("a", "b", "c")
    print("a", "b", "c", sep=", ")
    print("no newline here", end=" ... ")
    await asyncio.sleep(1)
    print("finished after a second")
    print()
    print("", end="")
    print(1, 2.0, None, True, [1], sep="|", end="!\n")
    print("warning: low disk", file=sys.stderr)
    print("err", "parts", sep="-", end="", file=sys.stderr)
    print(" continued", file=sys.stderr)
    n = sys.stdout.write("written directly\n")
    print("write returned", n)
    sys.stdout.write("two lines\nin one write\n")
    sys.stdout.write("partial ")
    sys.stdout.write("pieces\n")
    print("multi\nline\nprint")
    print("tabs\tand  spaces  ")
    print(*[], sep="x")
    print(*range(5))
    print("trailing text without newline", end="")

asyncio.run(main())
