import asyncio

async def coro():
    return 1

async def main():
    t = asyncio.create_task(coro())
    print(isinstance(t, asyncio.Future))
    await t

asyncio.run(main())
