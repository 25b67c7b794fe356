# Language: str methods: split/rsplit/join/strip/replace/upper/lower/title/capitalize,
# startswith/endswith, find/rfind/index, count, zfill, center/ljust/rjust, is* tests,
# splitlines, partition, in, *, and the TypeError for str + int.
import asyncio

async def main():
    line = "  The quick brown fox  "
    words = line.split()
    print(words, "a,b,,c".split(","), "k=v=w".split("=", 1), "a b c".rsplit(" ", 1))
    print("-".join(words), "".join(reversed("abc")), repr(line.strip()), repr(line.lstrip()), repr("xxhixx".strip("x")))
    print(line.replace("quick", "slow").strip(), "aaa".replace("a", "b", 2))
    print("mIxEd".upper(), "mIxEd".lower(), "hello world".title(), "hello World".capitalize(), "AbC".swapcase())
    print("report.txt".endswith(".txt"), "report.txt".startswith(("re", "x")), "abc".startswith("b"))
    print("banana".find("an"), "banana".rfind("an"), "banana".find("x"), "banana".index("n"), "banana".count("a"))
    print("42".zfill(5), "-7".zfill(4), "[" + "mid".center(9, "*") + "]", "[" + "l".ljust(4) + "]", "[" + "r".rjust(4, ".") + "]")
    print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "a1".isalnum(), "   ".isspace(), "Hi".isupper())
    print("one\ntwo\r\nthree".splitlines(), "k: v: w".partition(": "), "abc".partition("x"), "a.b.c".rpartition("."))
    print("ell" in "hello", "=" * 10, len("héllo"), "abc" < "abd", "Z" < "a", "abc"[1])
    print("{} has {:03d} items".format("cart", 7), "tab\tsep".expandtabs(4), "x".join("123"))
    try:
        "total: " + 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        "abc".index("z")
    except ValueError as e:
        print("ValueError:", e)
    try:
        "abc"[0] = "z"
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
