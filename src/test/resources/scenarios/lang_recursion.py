# Language: recursive functions (factorial, fibonacci, flatten) and a RecursionError
# caught from runaway recursion.
import asyncio

def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def flatten(items):
    out = []
    for item in items:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out

def forever(n):
    return forever(n + 1)

async def main():
    print("10! =", factorial(10))
    print("25! =", factorial(25))
    print("fib:", [fib(i) for i in range(12)])
    print("flat:", flatten([1, [2, [3, [4, 5]], 6], [[7]]]))
    try:
        forever(0)
    except RecursionError as e:
        print(type(e).__name__, "-", e)
    print("still alive")

asyncio.run(main())
