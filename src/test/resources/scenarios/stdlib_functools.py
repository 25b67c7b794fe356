# functools: partial, reduce, wraps, lru_cache/cache with cache_info, total_ordering, cmp_to_key, cached_property
import asyncio
import functools
from functools import partial, reduce, wraps, lru_cache, cache, total_ordering, cmp_to_key, cached_property


def logged(func):
    @wraps(func)
    async def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        result = await func(*args, **kwargs)
        print(f"{func.__name__} returned {result!r}")
        return result
    return wrapper


@logged
async def fetch(name, delay=0.1):
    """Fetch something slowly."""
    await asyncio.sleep(delay)
    return name.upper()


@lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"Version({self.major}, {self.minor})"


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r


async def main():
    print(fetch.__name__, fetch.__doc__, fetch.__qualname__, fetch.__module__)
    print(fetch.__wrapped__.__name__)
    results = await asyncio.gather(fetch("a", 0.2), fetch("b"))
    print(results)

    add = lambda a, b: a + b
    print(reduce(add, [1, 2, 3, 4]), reduce(add, [], 10), reduce(lambda a, b: a * b, range(1, 6), 1))
    try:
        reduce(add, [])
    except TypeError as e:
        print("TypeError:", e)

    def power(base, exp):
        return base ** exp
    sq = partial(power, exp=2)
    cube = partial(power, exp=3)
    print(sq(5), cube(2), sq.args, sq.keywords, sq.func is power)
    p2 = partial(partial(power, 2), exp=10)
    print(p2(), p2.args, p2.keywords)
    delayed = partial(asyncio.sleep, 0.05, "slept")
    print(await delayed())

    for n in [3, 4, 3, 5, 3, 4]:
        print(square(n))
    print(square.cache_info())
    info = square.cache_info()
    print(info.hits, info.misses, info.maxsize, info.currsize)
    square.cache_clear()
    print(square.cache_info())
    print(fib(60), fib.cache_info())

    vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
    print(sorted(vs), max(vs))
    print(Version(1, 2) >= Version(1, 0), Version(1, 2) <= Version(1, 0), Version(0, 1) > Version(0, 1))

    def compare(a, b):
        return (len(a) - len(b)) or ((a > b) - (a < b))
    print(sorted(["ccc", "a", "bb", "aa", "b"], key=cmp_to_key(compare)))

    c = Circle(2)
    print(c.area, c.area)
    c.r = 10
    print(c.area)
    print(type(Circle.area).__name__)

asyncio.run(main())
