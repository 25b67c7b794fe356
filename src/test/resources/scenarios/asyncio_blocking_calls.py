# time.sleep inside a task blocks the whole loop (a `block` line; the clock jumps); timers
# that came due meanwhile run late, and a busy loop between awaits takes no virtual time.
import asyncio
import time

async def heartbeat():
    loop = asyncio.get_running_loop()
    for i in range(4):
        print(f"beat {i} at {loop.time()}")
        await asyncio.sleep(0.5)

async def blocker():
    await asyncio.sleep(0.2)
    print("blocking for 1.3 s")
    time.sleep(1.3)
    print("blocking done at", asyncio.get_running_loop().time())
    total = 0
    for i in range(100000):
        total += i
    print("busy loop done, clock unchanged:", asyncio.get_running_loop().time(), total)
    time.sleep(0)
    time.sleep(0.25)

async def main():
    await asyncio.gather(heartbeat(), blocker())

asyncio.run(main())
