# Timer heap order: 20 sleepers whose deadlines collide in groups (1.0 s x6, 0.5 s x5,
# 2.0 s x5, others unique); equal deadlines leave the heap in heapq order, not creation order.
import asyncio

order = []

async def sleeper(i, delay):
    await asyncio.sleep(delay)
    order.append(i)
    print(f"sleeper {i:2d} woke at {delay}")

async def main():
    delays = [1.0, 0.5, 2.0, 1.0, 0.5, 1.5, 1.0, 2.0, 0.5, 1.0,
              0.25, 2.0, 0.5, 1.0, 0.75, 2.0, 0.5, 1.0, 2.0, 1.25]
    await asyncio.gather(*(sleeper(i, d) for i, d in enumerate(delays)))
    print("wake order:", order)
    loop = asyncio.get_running_loop()
    hits = []
    now = loop.time()
    for i in range(12):
        loop.call_at(now + (i % 3), hits.append, i)
    await asyncio.sleep(3)
    print("call_at order with 3 shared deadlines:", hits)

asyncio.run(main())
