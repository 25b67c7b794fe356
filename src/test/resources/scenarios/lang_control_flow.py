# Language: if/elif/else, for and while loops with break, continue and else clauses.
import asyncio

def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"

def find_first_multiple(numbers, k):
    for n in numbers:
        if n % k == 0:
            print(f"  found {n}")
            break
    else:
        print(f"  no multiple of {k}")

async def main():
    print([classify(n) for n in (-2, 0, 3, 8)])
    find_first_multiple([3, 5, 14, 21], 7)
    find_first_multiple([3, 5, 11], 7)
    for i in range(10):
        if i % 3 == 0:
            continue
        if i > 7:
            break
        print("i =", i)
    n, steps = 27, 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    print("collatz steps:", steps)
    count = 3
    while count > 0:
        count -= 1
        await asyncio.sleep(0.25)
    else:
        print("countdown finished without break at", asyncio.get_running_loop().time())
    x = 5
    label = "big" if x > 3 else "small"
    print(label, "nested:", [("fizz" if j % 3 == 0 else "buzz" if j % 5 == 0 else j) for j in range(1, 11)])

asyncio.run(main())
