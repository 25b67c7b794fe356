# Cancelling many timers: 150 call_later timers with 100 cancelled (more than half of
# over 100 scheduled) makes CPython rebuild its timer heap; the survivors still run in
# deadline order, and equal deadlines in heap order.
import asyncio

ran = []

async def main():
    loop = asyncio.get_running_loop()
    handles = []
    for i in range(150):
        delay = 1 + (i % 7) * 0.5
        handles.append(loop.call_later(delay, ran.append, i))
    for i, h in enumerate(handles):
        if i % 3 != 0:
            h.cancel()
    print("cancelled:", sum(h.cancelled() for h in handles))
    await asyncio.sleep(0)
    await asyncio.sleep(5)
    print("survivors ran:", len(ran))
    print(ran)
    tasks = [asyncio.create_task(asyncio.sleep(2, result=i)) for i in range(120)]
    await asyncio.sleep(1)
    for t in tasks[:90]:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print("finished:", sum(1 for r in results if isinstance(r, int)), "at", loop.time())

asyncio.run(main())
