# contextlib: @contextmanager (exceptions thrown in at the yield), suppress, nullcontext, closing, ExitStack, AsyncExitStack
import asyncio
import contextlib
from contextlib import contextmanager, suppress, nullcontext, closing, ExitStack, AsyncExitStack


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"handled {e!r} inside {name}")
    finally:
        print(f"</{name}>")


@contextmanager
def timer(label):
    loop = asyncio.get_running_loop()
    start = loop.time()
    yield
    print(f"{label} took {loop.time() - start:.2f}s")


@contextmanager
def no_yield():
    if False:
        yield


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


class AsyncResource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print("open", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return False


class Sync:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


async def main():
    with tag("div") as t:
        print("body", t)
    with tag("p"):
        raise ValueError("bad")
    print("after p")
    try:
        with tag("span"):
            raise KeyError("k")
    except KeyError as e:
        print("escaped", repr(e))
    with timer("sleep"):
        await asyncio.sleep(0.25)
    try:
        with no_yield():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    with suppress(ZeroDivisionError, KeyError):
        1 / 0
    print("suppressed")
    try:
        with suppress(KeyError):
            [][1]
    except IndexError as e:
        print("not suppressed:", e)

    with nullcontext(42) as v:
        print("nullcontext", v)
    async with nullcontext("async") as v:
        print("nullcontext", v)
    with closing(Resource("db")) as r:
        print("using", r.name)

    with ExitStack() as stack:
        names = [stack.enter_context(Sync(n)) for n in "abc"]
        stack.callback(print, "callback", 1)
        print("entered", names)
    try:
        with ExitStack() as stack:
            stack.enter_context(Sync("x"))
            stack.callback(print, "cb before error")
            raise RuntimeError("boom")
    except RuntimeError as e:
        print("caught", e)
    stack = ExitStack()
    stack.enter_context(Sync("later"))
    moved = stack.pop_all()
    stack.close()
    print("moved")
    moved.close()

    async with AsyncExitStack() as astack:
        res = [await astack.enter_async_context(AsyncResource(n)) for n in ("r1", "r2")]
        astack.enter_context(Sync("sync"))

        async def cleanup(msg):
            await asyncio.sleep(0.05)
            print("async cleanup", msg)
        astack.push_async_callback(cleanup, "done")
        print("using", [r.name for r in res])
    print("end")

asyncio.run(main())
