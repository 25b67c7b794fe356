# Large clock values: sleep(1e9) jumps the clock; past 2**24 s adding 1e-09 no longer
# changes a double, so the clock moves to the next double after a deadline; call_at at
# 2**24 + 0.5 and timers a few ulps apart.
import asyncio
import time

def at(label):
    print(label, repr(asyncio.get_running_loop().time()))

async def main():
    loop = asyncio.get_running_loop()
    loop.call_at(2 ** 24 + 0.5, at, "call_at 2**24+0.5 runs at")
    loop.call_at(2 ** 24 + 0.5 + 2 ** -28, at, "one ulp later runs at")
    await asyncio.sleep(2 ** 24 + 1)
    at("after sleeping past 2**24:")
    await asyncio.sleep(1e9)
    at("after sleep(1e9):")
    print(time.strftime("%Y-%m-%d %H:%M:%S"), f"{time.time():.1f}")
    await asyncio.sleep(0.1)
    at("plus 0.1:")
    await asyncio.sleep(1e-9)
    at("plus 1e-9:")

asyncio.run(main())
