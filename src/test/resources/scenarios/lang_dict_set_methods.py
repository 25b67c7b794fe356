# Language: dict methods (keys/values/items, get, setdefault, update, pop, popitem, in,
# del, comprehension) in insertion order, and set methods on sets of ints.
import asyncio

async def main():
    stock = {"apple": 3, "pear": 0}
    stock["fig"] = 7
    stock["apple"] += 2
    print(stock, len(stock), list(stock.keys()), list(stock.values()))
    for name, qty in stock.items():
        print(f"  {name:<6}{qty:>3}")
    print(stock.get("kiwi"), stock.get("kiwi", -1), stock.get("fig"))
    print(stock.setdefault("kiwi", 4), stock.setdefault("fig", 100), stock)
    stock.update({"pear": 9, "plum": 1}, lime=2)
    print(stock)
    print(stock.pop("apple"), stock.pop("nothing", "default"), stock.popitem(), stock)
    del stock["pear"]
    print("fig" in stock, "pear" in stock, stock)
    try:
        stock["pear"]
    except KeyError as e:
        print("KeyError:", e, repr(e))
    try:
        {}.popitem()
    except KeyError as e:
        print("KeyError:", e)
    counts = {}
    for ch in "mississippi":
        counts[ch] = counts.get(ch, 0) + 1
    print(counts, sorted(counts.items(), key=lambda kv: -kv[1]))
    print(dict.fromkeys([1, 2], 0), dict([("a", 1)]), {**counts} == counts)
    a = {1, 2, 3, 4}
    b = {3, 4, 5}
    a.add(10)
    a.discard(99)
    a.remove(1)
    print(a, a | b, a & b, a - b, a ^ b)
    print(a.union([7]), a.intersection(b), a.difference(b), a.issubset({2, 3, 4, 10, 11}))
    print({1, 2} <= {1, 2, 3}, {1, 2}.isdisjoint({3}), len(a), sorted(a, reverse=True))
    try:
        a.remove(42)
    except KeyError as e:
        print("KeyError:", e)
    s = set()
    print(s, set([3, 3, 1]), frozenset({2, 1}))

asyncio.run(main())
