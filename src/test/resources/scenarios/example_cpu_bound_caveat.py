# The CPU-bound caveat: blocking work freezes the loop, so other tasks stall
# A heartbeat should tick every 0.5 s. While crunch() works without awaiting (time.sleep
# stands in for 2 s of heavy computation), no tick can run: they all arrive late.
import asyncio
import time

async def heartbeat():
    for i in range(6):
        print(f"tick {i} at {time.monotonic():.1f} s")
        await asyncio.sleep(0.5)

async def crunch():
    await asyncio.sleep(0.6)
    print("crunching numbers...")
    total = sum(i * i for i in range(1000))
    time.sleep(2)  # heavy CPU work: nothing else runs meanwhile
    print(f"crunched {total} at {time.monotonic():.1f} s")

async def main():
    await asyncio.gather(heartbeat(), crunch())

asyncio.run(main())
