# Language: def with defaults, *args, **kwargs, keyword-only and positional-only parameters,
# annotations, and the TypeErrors for wrong calls.
import asyncio

def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

def total(*numbers, start=0):
    print("  numbers =", numbers)
    return start + sum(numbers)

def describe(kind, **options):
    parts = [f"{k}={v}" for k, v in options.items()]
    return kind + "(" + ", ".join(parts) + ")"

def clamp(value, /, low=0, high=10, *, strict=False):
    if strict and not (low <= value <= high):
        raise ValueError(f"{value} outside [{low}, {high}]")
    return max(low, min(high, value))

def scale(x: float, factor: int = 2) -> float:
    return x * factor

async def main():
    print(greet("Ada"))
    print(greet("Bob", "Hi"))
    print(greet("Cy", punct="?"))
    print(total(1, 2, 3))
    print(total(*[4, 5], start=100))
    print(describe("box", width=3, height=4))
    print(describe("empty"))
    opts = {"color": "red", "size": 9}
    print(describe("pen", **opts))
    print(clamp(15), clamp(-3, low=-1), clamp(5, 0, 4))
    try:
        clamp(11, strict=True)
    except ValueError as e:
        print("ValueError:", e)
    for call in (lambda: clamp(value=3), lambda: clamp(1, 2, 3, True), lambda: greet()):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
    print(scale(1.5), scale(2, factor=3), scale.__annotations__)

asyncio.run(main())
