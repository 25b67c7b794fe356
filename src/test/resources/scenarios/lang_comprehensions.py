# Language: list, set (of ints) and dict comprehensions, nested comprehensions with
# conditions, and lazy generator expressions in sum/any/all/min (side effects show laziness).
import asyncio

def check(n):
    print(f"  checking {n}")
    return n > 2

async def main():
    squares = [n * n for n in range(8)]
    print(squares)
    print({n % 4 for n in range(10)})
    print({w: len(w) for w in ["alpha", "be", "gamma"]})
    print([(r, c) for r in range(3) for c in range(3) if r != c])
    grid = [[r * 3 + c for c in range(3)] for r in range(3)]
    print(grid, [[row[i] for row in grid] for i in range(3)])
    print([x for row in grid for x in row if x % 2])
    print(sum(n for n in range(101)), sum(x * x for x in range(4)))
    print("any:", any(check(n) for n in [1, 2, 3, 4, 5]))
    print("all:", all(check(n) for n in [5, 1, 9]))
    gen = (n * 10 for n in range(3))
    print(next(gen), list(gen), list(gen))
    inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
    print(inverted)
    x = "outer"
    print([x for x in "ab"], x)

asyncio.run(main())
