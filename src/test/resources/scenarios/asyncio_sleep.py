# asyncio.sleep: sleep(0) yields one loop round, sleep(d, result=...) returns the result,
# and sleeps in a single task accumulate deadlines one after another.
import asyncio

async def spinner(name, rounds):
    for i in range(rounds):
        print(f"{name} round {i}")
        await asyncio.sleep(0)
    return name

async def main():
    loop = asyncio.get_running_loop()
    value = await asyncio.sleep(0.5, result="slept")
    print(value, loop.time())
    print(await asyncio.sleep(0), await asyncio.sleep(0, result=[1, 2]))
    print(await asyncio.gather(spinner("A", 3), spinner("B", 2)))
    for d in (0.25, 0.75, 1):
        await asyncio.sleep(d)
        print("now", loop.time())
    t = asyncio.create_task(asyncio.sleep(2, result="from a task"))
    print(await t, t.get_coro().__name__)

asyncio.run(main())
