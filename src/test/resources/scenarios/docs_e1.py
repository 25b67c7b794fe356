import asyncio, sys

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0.1)
        return self.n

class Res:
    async def __aenter__(self):
        print("enter")
        await asyncio.sleep(0.2)
        return self
    async def __aexit__(self, *exc):
        print("exit", exc[0])
        return True

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0.3).__await__()
        return "awaited"

async def main():
    async for v in Ticker(3):
        print("tick", v)
    async with Res() as r:
        raise ValueError("suppressed")
    print(await Awaitable())
    print([v async for v in Ticker(2)])
    try:
        asyncio.run(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel("because")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled:", e.args)
    async def boom():
        raise KeyError("k")
    t2 = asyncio.create_task(boom())
    await asyncio.sleep(0.1)
    print(t2.exception().__class__.__name__)
    print(sys.argv[0] if sys.argv else None)

asyncio.run(main())
