# Language: a simple generator function (yield), consuming it with for/next/list,
# StopIteration, and delegation with `yield from`.
import asyncio

def countdown(n):
    print(f"  countdown({n}) starts")
    while n > 0:
        yield n
        n -= 1
    print("  countdown ends")

def chain(*parts):
    for part in parts:
        yield from part
    yield "end"

def squares_upto(limit):
    k = 0
    while k * k <= limit:
        yield k * k
        k += 1
    return "done"

async def main():
    gen = countdown(3)
    print("created, nothing ran yet")
    print(next(gen), next(gen))
    print(list(gen))
    try:
        next(gen)
    except StopIteration:
        print("StopIteration")
    for value in countdown(2):
        print("for got", value)
        await asyncio.sleep(0.5)
    print(list(chain([1, 2], "ab", countdown(1))))
    print(sum(squares_upto(50)), list(squares_upto(10)))
    g = squares_upto(0)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print("return value:", e.value)

asyncio.run(main())
