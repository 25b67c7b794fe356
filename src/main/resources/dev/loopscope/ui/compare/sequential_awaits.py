# A: sequential awaits. Each "await brew(...)" runs that coroutine to its end before the
# next one starts, so the waits add up: 2 s + 1 s = 3 s.
import asyncio

async def brew(drink, seconds):
    print(f"start {drink}")
    await asyncio.sleep(seconds)
    print(f"{drink} ready")
    return drink

async def main():
    a = await brew("coffee", 2)
    b = await brew("tea", 1)
    print(f"served {a} and {b}")

asyncio.run(main())
