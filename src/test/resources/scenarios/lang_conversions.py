# Language: int()/float()/str()/bool()/list()/tuple() conversions, including the error
# messages of failed conversions; repr vs str.
import asyncio

async def main():
    print(int("42"), int(" -7 "), int(3.99), int(-3.99), int(True), int("1_000"))
    print(float("2.5"), float("1e3"), float(7), float("  -0.5 "), float("inf"), float("-nan"))
    print(str(12), str(1.0), str(None), str([1, "a"]), repr("it's"), repr('say "hi"'))
    print(bool(0), bool(0.0), bool(""), bool("False"), bool([0]), bool(None))
    print(list("abc"), tuple([1, 2]), list((3, 4)), list({"k": 1, "j": 2}), list(range(3)))
    for text in ["x", "3.5", "", "12abc"]:
        try:
            int(text)
        except ValueError as e:
            print("ValueError:", e)
    for text in ["abc", ""]:
        try:
            float(text)
        except ValueError as e:
            print("ValueError:", e)
    for bad in [None, [1]]:
        try:
            int(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        int(float("inf"))
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        int(float("nan"))
    except ValueError as e:
        print("ValueError:", e)
    print(int("777", 8), int("z", 36), str(10**20), float(10**20), int(1e20))

asyncio.run(main())
