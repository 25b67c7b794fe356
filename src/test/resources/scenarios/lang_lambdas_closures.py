# Language: lambdas, closures capturing variables, nonlocal counters, global variables,
# and the late-binding pitfall of closures created in a loop.
import asyncio

calls = 0

def make_counter(step):
    count = 0
    def counter():
        nonlocal count
        count += step
        return count
    return counter

def record():
    global calls
    calls += 1
    return calls

def make_adders():
    late = [lambda x: x + i for i in range(3)]
    bound = [lambda x, i=i: x + i for i in range(3)]
    return late, bound

async def main():
    square = lambda n: n * n
    print(square(7), (lambda a, b=10: a - b)(3))
    by_two = make_counter(2)
    by_five = make_counter(5)
    print(by_two(), by_two(), by_five(), by_two())
    print(record(), record(), "calls =", calls)
    late, bound = make_adders()
    print("late:", [f(10) for f in late])
    print("bound:", [f(10) for f in bound])
    words = ["pear", "fig", "banana", "kiwi"]
    print(sorted(words, key=lambda w: (len(w), w)))
    await asyncio.sleep(0.5)
    print("after sleep counter still works:", by_five())

asyncio.run(main())
