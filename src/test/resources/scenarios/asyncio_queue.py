# asyncio.Queue: maxsize makes put() block while full; get() blocks while empty;
# join() waits for task_done() on every item; put_nowait/get_nowait raise QueueFull/QueueEmpty.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print(f"put {i} (size {q.qsize()}, full {q.full()})")
    await q.put(None)

async def consumer(q):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            print("consumer got the sentinel")
            return "stopped"
        await asyncio.sleep(0.5)
        print(f"consumed {item}")
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty())
    c = asyncio.create_task(consumer(q))
    await producer(q, 4)
    await q.join()
    print("all items processed at", asyncio.get_running_loop().time(), await c)
    q2 = asyncio.Queue(1)
    q2.put_nowait("x")
    try:
        q2.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q2.get_nowait())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(str(e)))
    try:
        q2.task_done()
        q2.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
