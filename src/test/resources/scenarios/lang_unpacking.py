# Language: tuple unpacking, starred targets (a, *b, c), swaps, nested unpacking in for,
# * and ** in calls and literals, the walrus operator and chained comparisons.
import asyncio

def minmax(values):
    return min(values), max(values)

async def main():
    a, b = 1, 2
    a, b = b, a
    print(a, b)
    first, *middle, last = [10, 20, 30, 40, 50]
    print(first, middle, last)
    head, *tail = "xyz"
    *init, end = (1,)
    print(head, tail, init, end)
    lo, hi = minmax([4, -2, 9])
    print(lo, hi)
    for i, (name, score) in enumerate([("ann", 9), ("bob", 7)]):
        print(i, name, score)
    (p, q), r = (1, 2), 3
    print(p, q, r)
    merged = [*range(3), *"ab"]
    conf = {**{"a": 1, "b": 2}, "b": 20, **{"c": 3}}
    print(merged, conf)
    print(*merged, sep="-")
    try:
        x, y = [1, 2, 3]
    except ValueError as e:
        print("ValueError:", e)
    try:
        x, y, z = [1, 2]
    except ValueError as e:
        print("ValueError:", e)
    data = [3, 8, 1, 12, 5]
    if (n := len(data)) > 4:
        print(f"long list of {n}")
    big = [y for x in data if (y := x * 2) > 10]
    print(big, y)
    while (item := data.pop()) != 1:
        print("popped", item)
    age = 25
    print(18 <= age < 30, 1 < 2 < 3 > 2, 1 < 3 < 2, 0 == 0.0 == False)

asyncio.run(main())
