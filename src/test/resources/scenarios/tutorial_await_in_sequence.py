# Tutorial: awaiting coroutines directly runs them one after another (no new tasks);
# gather of the same coroutines runs them concurrently as tasks.
import asyncio

async def brew(drink, minutes):
    print(f"start {drink}")
    await asyncio.sleep(minutes)
    print(f"{drink} ready")
    return drink

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await brew("tea", 2)
    await brew("coffee", 1)
    print(f"in sequence: {loop.time() - start} s")

    start = loop.time()
    drinks = await asyncio.gather(brew("tea", 2), brew("coffee", 1))
    print(f"concurrently: {loop.time() - start} s -> {drinks}")

asyncio.run(main())
