# Language: list methods (append, extend, insert, pop, remove, index, count, sort,
# reverse, copy, clear), tuple methods, membership, +, * and their error messages.
import asyncio

async def main():
    items = [5, 3]
    items.append(8)
    items.extend([1, 3])
    items.insert(0, 9)
    items.insert(100, 0)
    print(items, len(items))
    print(items.pop(), items.pop(0), items, items.index(3), items.count(3))
    items.remove(3)
    print(items)
    items.sort()
    print(items)
    items.sort(key=lambda n: -n)
    items.reverse()
    print(items)
    other = items.copy()
    other.append(99)
    alias = items
    alias.append(7)
    print(items, other, alias is items, other == items)
    items.clear()
    print(items, alias)
    for action in (lambda: [].pop(), lambda: [1].remove(2), lambda: [1, 2].index(5),
                   lambda: [1][3], lambda: (1, 2)[5]):
        try:
            action()
        except (IndexError, ValueError) as e:
            print(type(e).__name__ + ":", e)
    t = (1, 2, 2, 3)
    print(t.count(2), t.index(3), t + (4,), t * 2, 2 in t, (1,) * 0)
    print([0] * 3, [[]] * 2, [1, 2] + [3], [3, 1] < [3, 2], max([[1, 2], [1, 3]]))
    words = ["b", "A", "c"]
    words.sort(key=str.lower, reverse=True)
    print(words)

asyncio.run(main())
