# Performance: 1,000,000 task steps. 10,000 tasks, each sleeping 99 times (lengths spread over
# 1 ms .. 50 ms), gathered by main: 10,000 first steps + 990,000 wake-ups + main's 2 steps.
import asyncio

async def worker(i):
    n = 0
    for k in range(99):
        await asyncio.sleep(((i * 7919 + k * 104729) % 50 + 1) / 1000)
        n += 1
    return n

async def main():
    counts = await asyncio.gather(*(worker(i) for i in range(10_000)))
    print(f"{len(counts)} workers, {sum(counts)} sleeps")

asyncio.run(main())
