# Language: everyday builtins: len, range, enumerate, zip, sorted (key, reverse), reversed,
# min/max (key, default), sum, abs, round (banker's rounding), divmod, pow, map, filter,
# any, all, chr/ord, hex/bin/oct, isinstance, hasattr/getattr/setattr.
import asyncio

class Box:
    pass

async def main():
    words = ["delta", "Alpha", "charlie", "bravo"]
    print(len(words), list(range(2, 11, 3)), list(range(5, 0, -2)), len(range(0, 100, 7)))
    print(list(enumerate(words, start=1))[:2])
    print(list(zip([1, 2, 3], "ab")), dict(zip("xy", [9, 8])))
    print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
    print(list(reversed(words)), sorted([3, 1, 2], reverse=True))
    print(min(words, key=len), max([4, -7, 2], key=abs), min([], default="none"), max(3, 9, 4))
    print(sum([1, 2, 3]), sum([0.5, 0.25], 10), abs(-7), abs(-2.5))
    print(round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(2.675, 2), round(1234, -2), round(7.0))
    print(divmod(17, 5), divmod(-17, 5), divmod(7.5, 2), pow(2, 10), pow(3, 4, 5), pow(2, -1))
    print(list(map(str.upper, words)), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
    print(list(filter(lambda w: "a" in w, words)), list(filter(None, [0, 1, "", "x", [], [0]])))
    print(any([]), all([]), any([0, 0, 1]), all([1, "a", [0]]))
    print(chr(65), ord("z"), hex(255), bin(10), oct(64), int("ff", 16), int("0b101", 0))
    print(isinstance(3, int), isinstance(True, int), isinstance(3.0, (int, str)), type(3.0).__name__)
    b = Box()
    setattr(b, "size", 42)
    print(hasattr(b, "size"), getattr(b, "size"), getattr(b, "color", "none"), b.size)
    print(callable(len), callable(b), bool([]), bool("0"), len({"a": 1, "b": 2}))

asyncio.run(main())
