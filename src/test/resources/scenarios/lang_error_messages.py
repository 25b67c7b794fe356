# Language: messages of common built-in errors, printed as `type(e).__name__: e`:
# ZeroDivisionError, KeyError, IndexError, TypeError, AttributeError, NameError,
# ValueError, UnboundLocalError, and calling a non-callable.
import asyncio

class Foo:
    def __init__(self):
        self.y = 1

counter = 0
not_callable = 5

def bump():
    counter += 1

def uses_before_assignment():
    print(total)
    total = 5

async def main():
    cases = [
        lambda: 1 / 0,
        lambda: 10 % 0,
        lambda: {"a": 1}["b"],
        lambda: {(1, 2): 0}[(3, 4)],
        lambda: [1, 2, 3][3],
        lambda: "abc"[10],
        lambda: "str" + 1,
        lambda: 1 + "str",
        lambda: [1] + (2,),
        lambda: len(5),
        lambda: Foo().x,
        lambda: "text".nope,
        lambda: None.attr,
        lambda: undefined_name,
        lambda: int("x"),
        lambda: [].index(0),
        lambda: bump(),
        lambda: uses_before_assignment(),
        lambda: not_callable(),
        lambda: sorted([1, "a"]),
        lambda: {}.get(),
        lambda: Foo(3),
    ]
    for i, case in enumerate(cases):
        try:
            case()
        except Exception as e:
            print(f"{i:2d} {type(e).__name__}: {e}")
        await asyncio.sleep(0)

asyncio.run(main())
