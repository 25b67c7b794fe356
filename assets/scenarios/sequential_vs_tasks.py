# Awaiting coroutines one by one vs starting them as tasks first
# "await brew(...)" runs each coroutine to the end before the next starts. create_task puts
# both on the loop at once, so their waits overlap and the total time drops.
import asyncio
import time

async def brew(drink, seconds):
    print(f"start {drink}")
    await asyncio.sleep(seconds)
    print(f"{drink} ready")
    return drink

async def main():
    start = time.monotonic()
    a = await brew("coffee", 2)
    b = await brew("tea", 1)
    print(f"sequential: {a}, {b} after {time.monotonic() - start:.0f} s")

    start = time.monotonic()
    coffee = asyncio.create_task(brew("coffee", 2))
    tea = asyncio.create_task(brew("tea", 1))
    print("both tasks created, nothing has run yet")
    a = await coffee
    b = await tea
    print(f"with tasks: {a}, {b} after {time.monotonic() - start:.0f} s")

asyncio.run(main())
