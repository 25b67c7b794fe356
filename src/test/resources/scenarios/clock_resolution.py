# Clock resolution: timers due within 1e-09 s after the first due one run in the same loop
# round, at the first one's time; a timer 1e-08 s later gets its own round.
import asyncio

def stamp(label):
    print(f"{label:>10} runs at {asyncio.get_running_loop().time()!r}")

async def main():
    loop = asyncio.get_running_loop()
    base = loop.time() + 1.0
    loop.call_at(base + 5e-10, stamp, "+5e-10")
    loop.call_at(base, stamp, "base")
    loop.call_at(base + 1e-08, stamp, "+1e-08")
    loop.call_at(base + 9e-10, stamp, "+9e-10")
    loop.call_at(base + 2e-09, stamp, "+2e-09")
    await asyncio.sleep(2)
    t = loop.time()
    loop.call_at(t + 0.3 + 0.0000000001, stamp, "b")
    loop.call_at(t + 0.3, stamp, "a")
    await asyncio.sleep(0.3)
    stamp("main")
    await asyncio.sleep(1)

asyncio.run(main())
