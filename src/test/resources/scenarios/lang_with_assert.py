# Language: `with` on a class with __enter__/__exit__ (one that suppresses an exception,
# one that does not), and assert statements failing with and without a message.
import asyncio

class Suppress:
    def __init__(self, kind):
        self.kind = kind
    def __enter__(self):
        print(f"  enter Suppress({self.kind.__name__})")
        return self
    def __exit__(self, exc_type, exc, tb):
        name = exc_type.__name__ if exc_type else None
        print(f"  exit with {name}: {exc!r}")
        return exc_type is not None and issubclass(exc_type, self.kind)

class Timer:
    def __enter__(self):
        self.start = asyncio.get_running_loop().time()
        return "timer-token"
    def __exit__(self, *exc_info):
        print("  elapsed", asyncio.get_running_loop().time() - self.start)
        return False

async def main():
    with Suppress(KeyError) as s:
        print("  inside, kind is", s.kind.__name__)
        {}["missing"]
        print("not reached")
    print("after suppressed KeyError")
    try:
        with Suppress(KeyError):
            int("abc")
    except ValueError as e:
        print("ValueError escaped the with:", e)
    with Suppress(KeyError), Timer() as token:
        print("  token:", token)
        await asyncio.sleep(2)
    try:
        assert 1 + 1 == 3, "math is broken"
    except AssertionError as e:
        print("AssertionError:", e)
    try:
        x = []
        assert x
    except AssertionError as e:
        print("bare AssertionError:", repr(e), f"[{e}]")
    assert True, "never shown"
    print("done")

asyncio.run(main())
