# Float deadlines: ten sleep(0.1) in a row end at 0.9999999999999999, not 1.0; a sleep(1.0)
# started together is due within 1e-09 of it, so it runs in the same round, right after,
# and still sees the clock at 0.9999999999999999. Three sleep(1/3) end just before 2.0.
import asyncio

async def stepper():
    loop = asyncio.get_running_loop()
    for i in range(10):
        await asyncio.sleep(0.1)
    print("ten steps end at", repr(loop.time()))
    return loop.time()

async def one_shot():
    await asyncio.sleep(1.0)
    print("one sleep(1.0) ends at", repr(asyncio.get_running_loop().time()))

async def thirds():
    loop = asyncio.get_running_loop()
    for _ in range(3):
        await asyncio.sleep(1 / 3)
    print("three thirds:", repr(loop.time()))

async def main():
    await asyncio.gather(one_shot(), stepper())
    start = asyncio.get_running_loop().time()
    await asyncio.gather(thirds(), asyncio.sleep(1))
    print("accumulated 0.1 * 10:", repr(sum([0.1] * 10)), "start was", repr(start))

asyncio.run(main())
