# PriorityQueue returns the smallest item first (tuples compare element-wise), LifoQueue
# the newest; several getters waiting on an empty queue are served in arrival order.
import asyncio

async def getter(q, name):
    item = await q.get()
    print(f"{name} got {item}")

async def main():
    pq = asyncio.PriorityQueue()
    for job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        pq.put_nowait(job)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for n in range(4):
        await lq.put(n)
    print([await lq.get() for _ in range(4)])
    q = asyncio.Queue()
    waiters = [asyncio.create_task(getter(q, f"g{i}")) for i in range(3)]
    await asyncio.sleep(0.1)
    for item in "abc":
        q.put_nowait(item)
        await asyncio.sleep(0)
    await asyncio.gather(*waiters)
    print("empty again:", q.empty())

asyncio.run(main())
