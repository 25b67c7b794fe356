# sleep(float('inf')) never ends: other tasks still run, a timeout can cut it short, and
# when only the infinite sleeper is left the program ends with `deadlock`.
import asyncio

async def forever(name):
    print(f"{name} sleeps forever")
    await asyncio.sleep(float("inf"))
    print("never printed")

async def main():
    try:
        async with asyncio.timeout(2):
            await forever("first")
    except TimeoutError:
        print("timeout rescued us at", asyncio.get_running_loop().time())
    ticker = asyncio.create_task(asyncio.sleep(1, result="tick"))
    sleeper = asyncio.create_task(forever("second"))
    print(await ticker)
    await sleeper

asyncio.run(main())
