# itertools: infinite iterators, combinatorics, grouping, slicing, tee and zip_longest (lazily, with tasks)
import asyncio
import itertools
from itertools import count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile
from itertools import filterfalse, groupby, islice, starmap, tee, zip_longest, product
from itertools import permutations, combinations, combinations_with_replacement, pairwise
import operator


async def worker(name, delays):
    for i, d in zip(count(1), delays):
        await asyncio.sleep(d)
        print(f"{name} step {i} at {asyncio.get_running_loop().time():.2f}")
    return name


async def main():
    print(list(islice(count(10, 5), 4)), list(islice(count(), 3)), list(islice(count(0.5, 0.25), 3)))
    print(list(islice(cycle("AB"), 5)), list(repeat("x", 3)), list(zip(range(3), repeat(7))))
    print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)))
    print(list(accumulate([1, 2, 3], operator.mul, initial=10)), list(accumulate([])))
    print(list(chain("ab", [1, 2], (3,))), list(chain.from_iterable([[1], [2, 3], []])))
    print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
    print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
    print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
    for key, group in groupby("AAAABBBCCDAABBB"):
        print(key, list(group))
    data = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig")]
    print([(k, [v for _, v in g]) for k, g in groupby(data, key=operator.itemgetter(0))])
    print([k for k, g in groupby(sorted("mississippi"))])
    print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)),
          list(islice("ABCDEFG", 0, None, 2)))
    it = iter(range(10))
    print(list(islice(it, 3)), next(it))
    print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
    a, b = tee([1, 2, 3])
    print(list(a), list(b))
    print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest([1], [2, 3])))
    print(list(product("AB", repeat=2)), list(product([1, 2], "xy")))
    print(list(permutations("ABC", 2)), len(list(permutations(range(4)))))
    print(list(combinations("ABCD", 2)), list(combinations(range(3), 4)))
    print(list(combinations_with_replacement("ABC", 2)))
    print(list(pairwise("ABCDE")), list(pairwise([1])))
    try:
        list(islice("abc", -1))
    except ValueError as e:
        print("ValueError:", e)

    # lazy: a generator pipeline consumed between awaits
    ticks = count(1)
    names = cycle(["red", "green"])
    for _ in range(3):
        await asyncio.sleep(0.1)
        print(next(ticks), next(names))
    done = await asyncio.gather(worker("fast", repeat(0.1, 3)), worker("slow", [0.15, 0.15]))
    print(done)

asyncio.run(main())
