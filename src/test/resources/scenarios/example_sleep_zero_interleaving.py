# sleep(0): a task yields to the loop without waiting, so tasks take turns
# Each counter prints one number, then awaits asyncio.sleep(0): it goes to the back of the
# ready queue and the other counters run. No virtual time passes at all.
import asyncio

async def counter(name, n):
    for i in range(1, n + 1):
        print(f"{name} {i}")
        await asyncio.sleep(0)  # let the other tasks run
    return f"{name} finished"

async def main():
    results = await asyncio.gather(counter("A", 3), counter("B", 2), counter("C", 3))
    print(results)

asyncio.run(main())
